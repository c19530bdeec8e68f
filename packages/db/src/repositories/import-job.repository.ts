import { sql, type Selectable } from 'kysely';
import type { ImportIssue, ImportJobTable, RegistryKind } from '../schema/import-job.js';
import type { Executor, RegionScope } from './executor.js';
import { insertInRegion } from './insert-in-region.js';
import { updateInRegion } from './update-in-region.js';

/** A job as the API shows it: the row without the parsed issues and records. */
export type ImportJobRow = Omit<Selectable<ImportJobTable>, 'issues' | 'records'>;

const SUMMARY_COLUMNS = [
  'id',
  'regionCode',
  'agencyId',
  'userId',
  'kind',
  'filename',
  'fileSha256',
  'sizeBytes',
  'status',
  'phase',
  'progressDone',
  'progressTotal',
  'format',
  'encoding',
  'totalRows',
  'error',
  'summary',
  'createdAt',
  'updatedAt',
  'committedAt',
] as const;

export async function insertImportJob(
  db: Executor,
  scope: RegionScope,
  job: { agencyId: string; userId: string; kind: RegistryKind; filename: string; fileSha256: string; sizeBytes: number },
): Promise<string> {
  return insertInRegion(db, scope, 'importJob', { ...job, issues: [] });
}

/** A job belongs to the user who uploaded it; nobody else sees its preview. */
export async function getImportJob(db: Executor, scope: RegionScope, id: string, userId: string): Promise<ImportJobRow | undefined> {
  return db
    .selectFrom('importJob')
    .select(SUMMARY_COLUMNS)
    .where('regionCode', '=', scope.regionCode)
    .where('id', '=', id)
    .where('userId', '=', userId)
    .executeTakeFirst();
}

export async function getImportIssues(db: Executor, scope: RegionScope, id: string, userId: string): Promise<ImportIssue[]> {
  const row = await db
    .selectFrom('importJob')
    .select('issues')
    .where('regionCode', '=', scope.regionCode)
    .where('id', '=', id)
    .where('userId', '=', userId)
    .executeTakeFirst();
  return row?.issues ?? [];
}

/** The stored valid rows, locked so that two commits of one job cannot both proceed. */
export async function lockImportJobRecords(db: Executor, scope: RegionScope, id: string, userId: string) {
  return db
    .selectFrom('importJob')
    .select(['id', 'status', 'kind', 'agencyId', 'records', 'filename', 'fileSha256', 'summary'])
    .select(sql<number>`jsonb_array_length(issues)`.as('issueCount'))
    .where('regionCode', '=', scope.regionCode)
    .where('id', '=', id)
    .where('userId', '=', userId)
    .forUpdate()
    .executeTakeFirst();
}

export async function updateImportProgress(
  db: Executor,
  scope: RegionScope,
  id: string,
  progress: { phase: string; done: number; total: number },
  at: Date,
): Promise<void> {
  await updateInRegion(
    db,
    scope,
    'importJob',
    id,
    { phase: progress.phase, progressDone: progress.done, progressTotal: progress.total, updatedAt: at },
    'parsing',
  );
}

export async function markImportReady(
  db: Executor,
  scope: RegionScope,
  id: string,
  outcome: { format: string; encoding: string | null; totalRows: number; issues: ImportIssue[]; records: unknown[]; summary: Record<string, unknown> },
  at: Date,
): Promise<void> {
  await updateInRegion(db, scope, 'importJob', id, {
    ...outcome,
    status: 'ready',
    phase: 'done',
    progressDone: outcome.totalRows,
    progressTotal: outcome.totalRows,
    updatedAt: at,
  });
}

export async function markImportFailed(db: Executor, scope: RegionScope, id: string, error: string, at: Date): Promise<void> {
  await updateInRegion(db, scope, 'importJob', id, { status: 'failed', error, updatedAt: at });
}

/** Committed jobs drop their stored rows: the registry now holds them. */
export async function markImportCommitted(db: Executor, scope: RegionScope, id: string, summary: Record<string, unknown>, at: Date): Promise<void> {
  await updateInRegion(db, scope, 'importJob', id, { status: 'committed', records: null, summary, committedAt: at, updatedAt: at });
}
