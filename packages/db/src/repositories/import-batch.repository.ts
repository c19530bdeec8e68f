import type { Selectable } from 'kysely';
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
