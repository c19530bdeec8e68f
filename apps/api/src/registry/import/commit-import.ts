import { createHash } from 'node:crypto';
import {
  findInspectorsByCertificates,
  insertImportBatch,
  findItemsByCodes,
  findObjectsByUsccs,
  INSPECTOR_UPDATE_COLUMNS,
  ITEM_UPDATE_COLUMNS,
  OBJECT_UPDATE_COLUMNS,
  upsertInspectors,
  upsertItems,
  upsertObjects,
  type Executor,
  type RegionScope,
  type RegistryKind,
} from '@liancha/db';
import { canonicalJson, DomainError } from '@liancha/domain';
import type { InspectionItemRecord, InspectorRecord, ObjectRecord } from '@liancha/registry-io';
import type { AuditRecorder } from '../../trpc/audit-recorder.js';

const BATCH = 1000;

export interface ImportCommitContext {
  jobId: string;
  db: Executor;
  scope: RegionScope;
  agencyId: string;
  audit: AuditRecorder;
  now: Date;
  /** unit code → id, of the importing agency. */
  unitIds: Map<string, string>;
  /** Rows written so far, after each batch. */
  onProgress?: (done: number, total: number) => void;
}

export interface StoredRow<T> {
  row: number;
  record: T;
}

/** The rows to write, a chunk at a time, and how many were kept (for progress; undecided rows drop out). */
export interface StoredRows<T> {
  chunks: AsyncIterable<StoredRow<T>[]>;
  total: number;
}

export interface ImportSummary {
  total: number;
  inserted: number;
  updated: number;
}

/**
 * Write an import's rows in the caller's transaction: upsert by the registry's key (so
 * committing the same file twice changes nothing the second time), only the columns the
 * file had. Each batch keeps every row's before and after in `import_batch`, and the audit
 * chain gets one event per batch carrying the SHA-256 of that batch's canonical JSON: the
 * chain proves every row without hashing an event per row.
 */
export async function commitImport(ctx: ImportCommitContext, kind: RegistryKind, rows: StoredRows<unknown>, fields: readonly string[]): Promise<ImportSummary> {
  if (kind === 'object') return commitObjects(ctx, rows as StoredRows<ObjectRecord>, fields);
  if (kind === 'inspector') return commitInspectors(ctx, rows as StoredRows<InspectorRecord>, fields);
  return commitItems(ctx, rows as StoredRows<InspectionItemRecord>, fields);
}

/** Batches of at most BATCH rows, across the stored chunks. */
async function* batchesOf<T>(chunks: AsyncIterable<T[]>): AsyncGenerator<T[]> {
  let batch: T[] = [];
  for await (const chunk of chunks) {
    for (const row of chunk) {
      batch.push(row);
      if (batch.length === BATCH) {
        yield batch;
        batch = [];
      }
    }
  }
  if (batch.length > 0) yield batch;
}

function columnsOf<K extends string>(all: readonly K[], fields: readonly string[]): K[] {
  return all.filter((column) => fields.includes(column));
}

/** How one registry is written: its key field, the rows already stored under a batch's keys, and the upsert. */
interface RegistryWrite<K extends string, R extends Record<K, string>, E extends Record<K, string>> {
  subjectKind: 'object' | 'inspector' | 'inspectionItem';
  key: K;
  find: (keys: string[]) => Promise<E[]>;
  /** The ids by key, and what each row became when that is not its record. */
  upsert: (batch: StoredRow<R>[], existing: E[]) => Promise<{ ids: Map<string, string>; written?: object[] }>;
}

/** Upserts `rows` batch by batch, counting the new keys, with each batch's rows kept and its digest audited. */
async function commitInBatches<K extends string, R extends Record<K, string>, E extends Record<K, string>>(
  ctx: ImportCommitContext,
  rows: StoredRows<R>,
  registry: RegistryWrite<K, R, E>,
): Promise<ImportSummary> {
  const { subjectKind, key } = registry;
  let inserted = 0;
  let batchNo = 0;
  let done = 0;
  for await (const batch of batchesOf(rows.chunks)) {
    const existing = await registry.find(batch.map((r) => r.record[key]));
    const { ids, written } = await registry.upsert(batch, existing);
    const before = new Map<string, E>(existing.map((e) => [e[key], e]));
    const created = batch.filter((r) => !before.has(r.record[key])).length;
    inserted += created;
    // What jsonb gives back (dates as text), so the stored rows hash to the audited digest.
    const kept = JSON.parse(
      JSON.stringify(
        batch.map((r, i) => ({
          row: r.row,
          key: r.record[key],
          id: ids.get(r.record[key]) ?? null,
          before: before.get(r.record[key]) ?? null,
          after: written?.[i] ?? r.record,
        })),
      ),
    ) as unknown[];
    const sha256 = createHash('sha256').update(canonicalJson(kept)).digest('hex');
    const [firstRow, lastRow] = [batch[0]!.row, batch[batch.length - 1]!.row];
    batchNo += 1;
    await insertImportBatch(ctx.db, ctx.scope, { jobId: ctx.jobId, batchNo, firstRow, lastRow, rowCount: batch.length, rows: kept, sha256 });
    await ctx.audit.record({
      action: `${subjectKind}.import.batch`,
      subjectKind: 'importJob',
      subjectId: ctx.jobId,
      after: { batchNo, firstRow, lastRow, rows: batch.length, inserted: created, updated: batch.length - created, sha256 },
    });
    done += batch.length;
    ctx.onProgress?.(done, Math.max(done, rows.total));
  }
  return { total: done, inserted, updated: done - inserted };
}

function commitObjects(ctx: ImportCommitContext, rows: StoredRows<ObjectRecord>, fields: readonly string[]): Promise<ImportSummary> {
  const columns = columnsOf(OBJECT_UPDATE_COLUMNS, fields);
  return commitInBatches(ctx, rows, {
    subjectKind: 'object',
    key: 'uscc',
    find: (usccs) => findObjectsByUsccs(ctx.db, ctx.scope, usccs),
    upsert: async (batch) => ({
      ids: await upsertObjects(
        ctx.db,
        ctx.scope,
        batch.map((r) => r.record),
        ctx.agencyId,
        ctx.now,
        columns,
      ),
    }),
  });
}

function commitInspectors(ctx: ImportCommitContext, rows: StoredRows<InspectorRecord>, fields: readonly string[]): Promise<ImportSummary> {
  const columns = columnsOf(
    INSPECTOR_UPDATE_COLUMNS,
    fields.map((f) => (f === 'unitCode' ? 'unitId' : f)),
  );
  return commitInBatches(ctx, rows, {
    subjectKind: 'inspector',
    key: 'certificateNo',
    find: (certificateNos) => findInspectorsByCertificates(ctx.db, ctx.scope, certificateNos),
    upsert: async (batch, existing) => {
      // A certificate held by another agency is theirs to keep: refuse the whole import, naming the rows.
      const foreign = new Set(existing.filter((i) => i.agencyId !== ctx.agencyId).map((i) => i.certificateNo));
      if (foreign.size > 0) {
        const issues = batch
          .filter((r) => foreign.has(r.record.certificateNo))
          .map((r) => ({ row: r.row, field: '执法证号', message: `执法证号 ${r.record.certificateNo} 已由其他部门登记，不能导入` }));
        throw new DomainError('conflict', `有 ${issues.length} 行的执法证号已由其他部门登记，本次导入未做任何改动`, { reason: 'foreign_certificate', issues });
      }
      const records = batch.map((r) => {
        const { unitCode, ...rest } = r.record;
        return { ...rest, unitId: unitCode === null ? null : (ctx.unitIds.get(unitCode) ?? null) };
      });
      return { ids: await upsertInspectors(ctx.db, ctx.scope, ctx.agencyId, records, ctx.now, columns), written: records };
    },
  });
}

function commitItems(ctx: ImportCommitContext, rows: StoredRows<InspectionItemRecord>, fields: readonly string[]): Promise<ImportSummary> {
  const columns = columnsOf(ITEM_UPDATE_COLUMNS, fields);
  return commitInBatches(ctx, rows, {
    subjectKind: 'inspectionItem',
    key: 'code',
    find: (codes) => findItemsByCodes(ctx.db, ctx.scope, ctx.agencyId, codes),
    upsert: async (batch) => ({
      ids: await upsertItems(
        ctx.db,
        ctx.scope,
        ctx.agencyId,
        batch.map((r) => r.record),
        ctx.now,
        columns,
      ),
    }),
  });
}
