import { sql, type Selectable } from 'kysely';
import type { ImportIssue, ImportJobTable, RegistryKind } from '../schema/import-job.js';
import type { Executor, RegionScope } from './executor.js';
import { insertInRegion } from './insert-in-region.js';
import { updateInRegion } from './update-in-region.js';
import { rowsInRegion } from './rows-in-region.js';

/** A job as the API shows it: the row without the parsed issues and records. */
export type ImportJobRow = Omit<Selectable<ImportJobTable>, 'issues' | 'records' | 'refused' | 'proposals'>;

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
  'sheetName',
  'createdAt',
  'updatedAt',
  'committedAt',
] as const;

export async function insertImportJob(
  db: Executor,
  scope: RegionScope,
  job: { agencyId: string; userId: string; kind: RegistryKind; filename: string; fileSha256: string; sizeBytes: number },
): Promise<string> {
  return insertInRegion(db, scope, 'importJob', { ...job, issues: [], refused: [], proposals: [] });
}

/** A job belongs to the user who uploaded it; nobody else sees its preview or commits it. */
function ownJob(db: Executor, scope: RegionScope, id: string, userId: string) {
  return rowsInRegion(db, scope, 'importJob', { id, userId });
}

export async function getImportJob(db: Executor, scope: RegionScope, id: string, userId: string): Promise<ImportJobRow | undefined> {
  return ownJob(db, scope, id, userId).select(SUMMARY_COLUMNS).executeTakeFirst();
}

export async function getImportIssues(db: Executor, scope: RegionScope, id: string, userId: string): Promise<ImportIssue[]> {
  const row = await ownJob(db, scope, id, userId).select('issues').executeTakeFirst();
  return row?.issues ?? [];
}

/** The new words a preview proposes and how many rows were refused, for the importer to decide on. */
export async function getImportReview(db: Executor, scope: RegionScope, id: string, userId: string) {
  return ownJob(db, scope, id, userId)
    .select(['proposals'])
    .select(sql<number>`jsonb_array_length(refused)`.as('refusedCount'))
    .executeTakeFirst();
}

/** The refused rows with their cells and messages, for the importer to download and fix. */
export async function getRefusedRows(db: Executor, scope: RegionScope, id: string, userId: string) {
  return ownJob(db, scope, id, userId).select(['kind', 'filename', 'refused']).executeTakeFirst();
}

/** The job's state, locked so that two commits of one job cannot both proceed. */
export async function lockImportJob(db: Executor, scope: RegionScope, id: string, userId: string) {
  return ownJob(db, scope, id, userId)
    .select(['id', 'status', 'kind', 'agencyId', 'filename', 'fileSha256', 'summary', 'proposals', 'totalRows'])
    .select(sql<number>`jsonb_array_length(issues)`.as('issueCount'))
    .select(sql<number>`jsonb_array_length(refused)`.as('refusedCount'))
    .forUpdate()
    .executeTakeFirst();
}

/**
 * A chunk of a preview's valid rows (about a thousand), written as the parser checks them, so
 * neither the parser nor the commit ever holds a large file's rows at once. The job becomes
 * `ready` only after its last chunk; a failed parse deletes its chunks.
 */
export async function insertImportChunk(db: Executor, scope: RegionScope, jobId: string, chunkNo: number, rows: readonly unknown[]): Promise<void> {
  await db
    .insertInto('importJobChunk')
    .values({ regionCode: scope.regionCode, jobId, chunkNo, rowCount: rows.length, rows: rows as unknown[] })
    .execute();
}

function deleteImportChunks(db: Executor, scope: RegionScope, jobId: string) {
  return db.deleteFrom('importJobChunk').where('regionCode', '=', scope.regionCode).where('jobId', '=', jobId).execute();
}

/** A parse starting again (its first process died) drops the chunks the first one wrote. */
export async function clearImportChunks(db: Executor, scope: RegionScope, jobId: string): Promise<void> {
  await deleteImportChunks(db, scope, jobId);
}

/** How many valid rows a preview kept (chunks, or the whole array of a job previewed before chunks). */
export async function countImportRecords(db: Executor, scope: RegionScope, jobId: string): Promise<number> {
  const chunks = await rowsInRegion(db, scope, 'importJobChunk', { jobId })
    .select(sql<string | null>`sum(row_count)`.as('rows'))
    .executeTakeFirst();
  if (chunks?.rows != null) return Number(chunks.rows);
  const job = await rowsInRegion(db, scope, 'importJob', { id: jobId })
    .select(sql<number | null>`jsonb_array_length(records)`.as('rows'))
    .executeTakeFirst();
  return job?.rows ?? 0;
}

/** The valid rows of a job being committed, one chunk at a time, in file order. */
export async function* readImportRecords(db: Executor, scope: RegionScope, jobId: string): AsyncGenerator<unknown[]> {
  let after = 0;
  for (;;) {
    const chunk = await rowsInRegion(db, scope, 'importJobChunk', { jobId })
      .where('chunkNo', '>', after)
      .select(['chunkNo', 'rows'])
      .orderBy('chunkNo')
      .limit(1)
      .executeTakeFirst();
    if (!chunk) break;
    after = chunk.chunkNo;
    yield chunk.rows;
  }
  if (after > 0) return;
  // A job previewed before chunks existed keeps its rows in one array.
  const legacy = await rowsInRegion(db, scope, 'importJob', { id: jobId }).select('records').executeTakeFirst();
  if (legacy?.records?.length) yield legacy.records;
}

/** Writing starts: the job leaves `ready`, so it cannot be committed twice. */
export async function markImportCommitting(db: Executor, scope: RegionScope, id: string, at: Date): Promise<boolean> {
  return updateInRegion(db, scope, 'importJob', id, { status: 'committing', phase: 'writing', progressDone: 0, error: null, updatedAt: at }, 'ready');
}

/** Writing failed and rolled back: the job is ready again, with the reason. */
export async function markImportCommitFailed(db: Executor, scope: RegionScope, id: string, error: string, at: Date): Promise<void> {
  await updateInRegion(db, scope, 'importJob', id, { status: 'ready', phase: 'done', error, updatedAt: at }, 'committing');
}

/** Progress of the background work: parsing a file, or writing its rows (status `committing`). */
export async function updateImportProgress(
  db: Executor,
  scope: RegionScope,
  id: string,
  progress: { phase: string; done: number; total: number },
  at: Date,
  status: 'parsing' | 'committing' = 'parsing',
): Promise<void> {
  await updateInRegion(
    db,
    scope,
    'importJob',
    id,
    { phase: progress.phase, progressDone: progress.done, progressTotal: progress.total, updatedAt: at },
    status,
  );
}

/** The preview is done; its valid rows are already in chunks (insertImportChunk). */
export async function markImportReady(
  db: Executor,
  scope: RegionScope,
  id: string,
  outcome: {
    format: string;
    encoding: string | null;
    totalRows: number;
    issues: ImportIssue[];
    refused: unknown[];
    proposals: unknown[];
    sheetName: string | null;
    summary: Record<string, unknown>;
  },
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

/** `summary` carries what the importer needs to try again (the sheets to choose from). */
export async function markImportFailed(
  db: Executor,
  scope: RegionScope,
  id: string,
  error: string,
  at: Date,
  summary?: Record<string, unknown>,
): Promise<void> {
  await deleteImportChunks(db, scope, id);
  await updateInRegion(db, scope, 'importJob', id, { status: 'failed', error, updatedAt: at, ...(summary ? { summary } : {}) });
}

/** Committed jobs drop their stored rows (the registry and the import batches now hold them); the refused rows stay to download. */
export async function markImportCommitted(db: Executor, scope: RegionScope, id: string, summary: Record<string, unknown>, at: Date): Promise<void> {
  await deleteImportChunks(db, scope, id);
  await updateInRegion(db, scope, 'importJob', id, { status: 'committed', phase: 'done', records: null, summary, committedAt: at, updatedAt: at });
}
