import {
  findInspectorsByCertificates,
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
import { DomainError } from '@liancha/domain';
import type { InspectionItemRecord, InspectorRecord, ObjectRecord } from '@liancha/registry-io';
import type { AuditRecorder } from '../../trpc/audit-recorder.js';

const BATCH = 1000;

export interface ImportCommitContext {
  db: Executor;
  scope: RegionScope;
  agencyId: string;
  audit: AuditRecorder;
  now: Date;
  /** unit code → id, of the importing agency. */
  unitIds: Map<string, string>;
}

export interface StoredRow<T> {
  row: number;
  record: T;
}

export interface ImportSummary {
  total: number;
  inserted: number;
  updated: number;
}

/**
 * Write an import's valid rows in the caller's transaction: upsert by the registry's
 * key (so committing the same file twice changes nothing the second time), only the
 * columns the file had, and one audit event per row with its before and after.
 */
export async function commitImport(
  ctx: ImportCommitContext,
  kind: RegistryKind,
  rows: StoredRow<unknown>[],
  fields: readonly string[],
): Promise<ImportSummary> {
  if (kind === 'object') return commitObjects(ctx, rows as StoredRow<ObjectRecord>[], fields);
  if (kind === 'inspector') return commitInspectors(ctx, rows as StoredRow<InspectorRecord>[], fields);
  return commitItems(ctx, rows as StoredRow<InspectionItemRecord>[], fields);
}

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH) out.push(items.slice(i, i + BATCH));
  return out;
}

function columnsOf<K extends string>(all: readonly K[], fields: readonly string[]): K[] {
  return all.filter((column) => fields.includes(column));
}

/** What one batch's upsert reports: the rows as they were (by key), the ids by key, and what each row became when that is not its record. */
interface BatchWrite {
  before: Map<string, unknown>;
  ids: Map<string, string>;
  written?: object[];
}

/** Upserts `rows` batch by batch, counting the new keys, with one audit event per row. */
async function commitInBatches<R extends object>(
  ctx: ImportCommitContext,
  rows: StoredRow<R>[],
  subjectKind: 'object' | 'inspector' | 'inspectionItem',
  keyOf: (record: R) => string,
  write: (batch: StoredRow<R>[]) => Promise<BatchWrite>,
): Promise<ImportSummary> {
  let inserted = 0;
  for (const batch of chunks(rows)) {
    const { before, ids, written } = await write(batch);
    inserted += batch.filter((r) => !before.has(keyOf(r.record))).length;
    await ctx.audit.recordMany(
      batch.map((r, i) => {
        const key = keyOf(r.record);
        return {
          action: `${subjectKind}.import.${before.has(key) ? 'update' : 'create'}`,
          subjectKind,
          subjectId: ids.get(key) ?? null,
          before: before.get(key) ?? null,
          after: { ...(written?.[i] ?? r.record), row: r.row },
        };
      }),
    );
  }
  return { total: rows.length, inserted, updated: rows.length - inserted };
}

function commitObjects(ctx: ImportCommitContext, rows: StoredRow<ObjectRecord>[], fields: readonly string[]): Promise<ImportSummary> {
  const columns = columnsOf(OBJECT_UPDATE_COLUMNS, fields);
  return commitInBatches(
    ctx,
    rows,
    'object',
    (r) => r.uscc,
    async (batch) => {
      const records = batch.map((r) => r.record);
      const existing = await findObjectsByUsccs(
        ctx.db,
        ctx.scope,
        records.map((r) => r.uscc),
      );
      const before = new Map(existing.map((o) => [o.uscc, o]));
      return { before, ids: await upsertObjects(ctx.db, ctx.scope, records, ctx.agencyId, ctx.now, columns) };
    },
  );
}

function commitInspectors(ctx: ImportCommitContext, rows: StoredRow<InspectorRecord>[], fields: readonly string[]): Promise<ImportSummary> {
  const columns = columnsOf(
    INSPECTOR_UPDATE_COLUMNS,
    fields.map((f) => (f === 'unitCode' ? 'unitId' : f)),
  );
  return commitInBatches(
    ctx,
    rows,
    'inspector',
    (r) => r.certificateNo,
    async (batch) => {
      const existing = await findInspectorsByCertificates(
        ctx.db,
        ctx.scope,
        batch.map((r) => r.record.certificateNo),
      );
      // A certificate held by another agency is theirs to keep: refuse the whole import, naming the rows.
      const foreign = new Set(existing.filter((i) => i.agencyId !== ctx.agencyId).map((i) => i.certificateNo));
      if (foreign.size > 0) {
        const issues = batch
          .filter((r) => foreign.has(r.record.certificateNo))
          .map((r) => ({ row: r.row, field: '执法证号', message: `执法证号 ${r.record.certificateNo} 已由其他部门登记，不能导入` }));
        throw new DomainError('conflict', `有 ${issues.length} 行的执法证号已由其他部门登记，本次导入未做任何改动`, { reason: 'foreign_certificate', issues });
      }
      const before = new Map(existing.map((i) => [i.certificateNo, i]));
      const records = batch.map((r) => {
        const { unitCode, ...rest } = r.record;
        return { ...rest, unitId: unitCode === null ? null : (ctx.unitIds.get(unitCode) ?? null) };
      });
      const ids = await upsertInspectors(ctx.db, ctx.scope, ctx.agencyId, records, ctx.now, columns);
      return { before, ids, written: records };
    },
  );
}

function commitItems(ctx: ImportCommitContext, rows: StoredRow<InspectionItemRecord>[], fields: readonly string[]): Promise<ImportSummary> {
  const columns = columnsOf(ITEM_UPDATE_COLUMNS, fields);
  return commitInBatches(
    ctx,
    rows,
    'inspectionItem',
    (r) => r.code,
    async (batch) => {
      const records = batch.map((r) => r.record);
      const existing = await findItemsByCodes(
        ctx.db,
        ctx.scope,
        ctx.agencyId,
        records.map((r) => r.code),
      );
      const before = new Map(existing.map((i) => [i.code, i]));
      return { before, ids: await upsertItems(ctx.db, ctx.scope, ctx.agencyId, records, ctx.now, columns) };
    },
  );
}
