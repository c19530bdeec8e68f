import { createHash } from 'node:crypto';
import type { Selectable } from 'kysely';
import { canonicalJson } from '@liancha/domain';
import type { ImportBatchTable } from '../schema/import-job.js';
import type { Executor, RegionScope } from './executor.js';
import { rowsInRegion } from './rows-in-region.js';

export type ImportBatchRow = Selectable<ImportBatchTable>;

/** The before and after of one committed batch; its audit event carries `sha256`. */
export async function insertImportBatch(db: Executor, scope: RegionScope, batch: Omit<ImportBatchRow, 'regionCode'>): Promise<void> {
  await db
    .insertInto('importBatch')
    .values({ ...batch, regionCode: scope.regionCode })
    .execute();
}

export async function listImportBatches(db: Executor, scope: RegionScope, jobId: string): Promise<ImportBatchRow[]> {
  return rowsInRegion(db, scope, 'importBatch', { jobId }).selectAll().orderBy('batchNo').execute();
}

export interface ImportBatchReport {
  /** Batches whose audit event was checked against the rows kept for them. */
  checked: number;
  /** Batches whose kept rows no longer give the digest their audit event carries, or are gone. */
  mismatched: { jobId: string; batchNo: number; problem: 'rows_changed' | 'rows_missing' }[];
}

/**
 * The audit chain carries one event per committed import batch with the SHA-256 of the batch's
 * rows (canonical JSON); this checks every kept batch against it, so an edited before/after of
 * any imported row shows. The chain itself (verifyAuditChain) proves the events unchanged.
 * A few batches (a thousand rows each) are held at a time.
 */
export async function verifyImportBatches(db: Executor, scope: RegionScope, pageSize = 20): Promise<ImportBatchReport> {
  const report: ImportBatchReport = { checked: 0, mismatched: [] };
  let afterSeq = 0;
  for (;;) {
    const events = await db
      .selectFrom('auditEvent')
      .select(['seq', 'subjectId', 'after'])
      .where('regionCode', '=', scope.regionCode)
      .where('action', 'like', '%.import.batch')
      .where('seq', '>', afterSeq)
      .orderBy('seq')
      .limit(pageSize)
      .execute();
    if (events.length === 0) return report;
    afterSeq = events[events.length - 1]!.seq;
    const jobIds = [...new Set(events.map((e) => e.subjectId ?? ''))];
    const batches = await db.selectFrom('importBatch').selectAll().where('regionCode', '=', scope.regionCode).where('jobId', 'in', jobIds).execute();
    const byKey = new Map(batches.map((b) => [`${b.jobId}|${b.batchNo}`, b]));
    for (const event of events) {
      const claimed = event.after as { batchNo: number; sha256: string };
      const jobId = event.subjectId ?? '';
      const batch = byKey.get(`${jobId}|${claimed.batchNo}`);
      report.checked += 1;
      if (!batch) report.mismatched.push({ jobId, batchNo: claimed.batchNo, problem: 'rows_missing' });
      else if (createHash('sha256').update(canonicalJson(batch.rows)).digest('hex') !== claimed.sha256) {
        report.mismatched.push({ jobId, batchNo: claimed.batchNo, problem: 'rows_changed' });
      }
    }
  }
}
