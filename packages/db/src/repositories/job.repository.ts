import { sql } from 'kysely';
import type { JobErrorData, JobKind, JobStatus } from '../schema/job.js';
import type { Executor, RegionScope } from './executor.js';

/** A claimed job, as its handler gets it. */
export interface ClaimedJob {
  regionCode: string;
  id: string;
  kind: JobKind;
  subjectId: string;
  payload: Record<string, unknown>;
  input: Uint8Array | null;
  attempts: number;
  createdBy: string | null;
}

/** What a page shows of the newest job of a subject. */
export interface JobState {
  id: string;
  kind: JobKind;
  status: JobStatus;
  attempts: number;
  error: string | null;
  errorData: JobErrorData | null;
  createdAt: Date;
  finishedAt: Date | null;
}

/**
 * Queue a job in the caller's transaction, so it exists exactly when the request's writes do.
 * A subject has at most one live (queued or running) job of a kind: enqueuing again returns it.
 * The live job may end between the insert that met it and the read that looks for it (the bench's
 * figure refreshes did): then the insert is tried again.
 */
export async function enqueueJob(
  db: Executor,
  scope: RegionScope,
  job: { kind: JobKind; subjectId: string; payload?: Record<string, unknown>; input?: Uint8Array; createdBy: string | null },
): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    const inserted = await db
      .insertInto('job')
      .values({
        regionCode: scope.regionCode,
        kind: job.kind,
        subjectId: job.subjectId,
        payload: job.payload ?? {},
        input: job.input ?? null,
        createdBy: job.createdBy,
      })
      .onConflict((oc) => oc.columns(['regionCode', 'kind', 'subjectId']).where('status', 'in', ['queued', 'running']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (inserted) return inserted.id;
    const live = await db
      .selectFrom('job')
      .select('id')
      .where('regionCode', '=', scope.regionCode)
      .where('kind', '=', job.kind)
      .where('subjectId', '=', job.subjectId)
      .where('status', 'in', ['queued', 'running'])
      .executeTakeFirst();
    if (live) return live.id;
    if (attempt === 3) throw new Error(`job ${job.kind} of ${job.subjectId}: a live job kept ending while it was queued`);
  }
}

/**
 * The oldest due job of any region, marked running for `runner`; `FOR UPDATE SKIP LOCKED` lets
 * several runners claim side by side without waiting on each other or taking one job twice.
 */
export async function claimJob(db: Executor, runner: string, at: Date): Promise<ClaimedJob | undefined> {
  const result = await sql<ClaimedJob>`
    update job set status = 'running', attempts = attempts + 1, claimed_by = ${runner}, heartbeat_at = ${at}
    where (region_code, id) = (
      select region_code, id from job
      where status = 'queued' and run_after <= ${at}
      order by run_after
      limit 1
      for update skip locked
    )
    returning region_code as "regionCode", id, kind, subject_id as "subjectId", payload, input, attempts, created_by as "createdBy"`.execute(db);
  return result.rows[0];
}

/** The runner is alive: its running jobs' hearts beat. */
export async function beatJobHearts(db: Executor, runner: string, at: Date): Promise<void> {
  await db.updateTable('job').set({ heartbeatAt: at }).where('status', '=', 'running').where('claimedBy', '=', runner).execute();
}

/** A job's work is done: its uploaded file is dropped. */
export async function finishJob(db: Executor, job: { regionCode: string; id: string }, at: Date): Promise<void> {
  await db
    .updateTable('job')
    .set({ status: 'done', finishedAt: at, input: null, error: null })
    .where('regionCode', '=', job.regionCode)
    .where('id', '=', job.id)
    .execute();
}

/** A job failed: tried again at `retryAt`, or, without one, failed for good with the reason. */
export async function failJob(
  db: Executor,
  job: { regionCode: string; id: string },
  error: string,
  at: Date,
  retryAt: Date | null,
  errorData: JobErrorData | null = null,
): Promise<void> {
  await db
    .updateTable('job')
    .set(
      retryAt
        ? { status: 'queued', runAfter: retryAt, claimedBy: null, heartbeatAt: null, error }
        : { status: 'failed', finishedAt: at, input: null, error, errorData },
    )
    .where('regionCode', '=', job.regionCode)
    .where('id', '=', job.id)
    .execute();
}

/**
 * Running jobs of other runners whose heart stopped before `staleBefore` (their process died) are
 * queued again, or failed once they have been tried `maxAttempts` times (`untilDone` kinds never
 * are). A runner never recovers its own jobs: it knows they are alive, even while a long
 * transaction delays its heartbeat. Returns how many were touched.
 */
export async function recoverStalledJobs(
  db: Executor,
  runner: string,
  staleBefore: Date,
  maxAttempts: number,
  at: Date,
  untilDone: readonly JobKind[] = [],
): Promise<number> {
  const givesUp = sql`attempts >= ${maxAttempts} and not (kind = any(${sql.val([...untilDone])}::text[]))`;
  const result = await sql`
    update job set
      status = case when ${givesUp} then 'failed' else 'queued' end,
      error = '执行该任务的进程中断',
      finished_at = case when ${givesUp} then ${at}::timestamptz end,
      claimed_by = null, heartbeat_at = null
    where status = 'running' and heartbeat_at < ${staleBefore} and claimed_by <> ${runner}`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

/** Finished jobs older than `before` are deleted (their subjects keep the outcome). */
export async function deleteFinishedJobs(db: Executor, before: Date): Promise<void> {
  await db.deleteFrom('job').where('status', 'in', ['done', 'failed']).where('finishedAt', '<', before).execute();
}

/** One job's state, by id. */
export async function getJob(db: Executor, scope: RegionScope, id: string): Promise<JobState | undefined> {
  return db
    .selectFrom('job')
    .select(['id', 'kind', 'status', 'attempts', 'error', 'errorData', 'createdAt', 'finishedAt'])
    .where('regionCode', '=', scope.regionCode)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The newest job of a subject, for its page: queued, running, or how it ended. */
export async function latestJob(db: Executor, scope: RegionScope, subjectId: string, kind: JobKind): Promise<JobState | undefined> {
  return db
    .selectFrom('job')
    .select(['id', 'kind', 'status', 'attempts', 'error', 'errorData', 'createdAt', 'finishedAt'])
    .where('regionCode', '=', scope.regionCode)
    .where('subjectId', '=', subjectId)
    .where('kind', '=', kind)
    .orderBy('createdAt', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** Finished jobs of one subject and kind are deleted: work redone often (a figure's refresh) keeps no history. */
export async function deleteFinishedJobsOf(db: Executor, scope: RegionScope, subjectId: string, kind: JobKind): Promise<void> {
  await db
    .deleteFrom('job')
    .where('regionCode', '=', scope.regionCode)
    .where('subjectId', '=', subjectId)
    .where('kind', '=', kind)
    .where('status', 'in', ['done', 'failed'])
    .execute();
}
