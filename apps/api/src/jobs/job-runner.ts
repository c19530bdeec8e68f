import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { beatJobHearts, claimJob, deleteFinishedJobs, failJob, finishJob, recoverStalledJobs, type ClaimedJob, type Executor } from '@liancha/db';
import { isDomainError, type JobKind } from '@liancha/domain';
import type { Logger } from '../logger.js';

/** Runs one claimed job; throws to fail it (a DomainError fails it for good, anything else is tried again). */
export type JobHandler = (db: Executor, job: ClaimedJob, log: Logger) => Promise<void>;

export interface JobRunner {
  /** Look for queued jobs now (a request just queued one). */
  wake(): void;
  /** Stop claiming; resolves when the jobs in hand have ended. */
  stop(): Promise<void>;
}

export interface JobRunnerOptions {
  db: Executor;
  log: Logger;
  handlers: Record<JobKind, JobHandler>;
  /** Jobs run side by side in this process. */
  concurrency?: number;
  /** How often to look for jobs queued by other processes; null: only when woken (tests, the embedded database). */
  pollMs?: number | null;
  heartbeatMs?: number;
  /** A running job whose heart has not beaten for this long belongs to a dead process. */
  staleMs?: number;
  maxAttempts?: number;
  /**
   * Kinds tried again until they are done, however often they fail for a fault (not a refusal):
   * the draw, whose reveals are in and which nobody can run another way, must happen once the
   * fault is gone. Their waits grow to at most ten minutes.
   */
  untilDone?: ReadonlySet<JobKind>;
  now?: () => Date;
}

const KEEP_FINISHED_MS = 30 * 86_400_000;
const MAX_RETRY_WAIT_MS = 10 * 60_000;

/**
 * A job runner: claims queued jobs (`FOR UPDATE SKIP LOCKED`, so runners in several processes
 * share one queue), runs each with its kind's handler, and marks it done or failed. A failure
 * other than a refusal is tried again later, up to `maxAttempts`. While it holds jobs their
 * hearts beat; jobs of a runner whose heart stopped are queued again.
 */
export function startJobRunner(options: JobRunnerOptions): JobRunner {
  const { db, log, handlers } = options;
  const concurrency = options.concurrency ?? 2;
  const maxAttempts = options.maxAttempts ?? 3;
  const untilDone = options.untilDone ?? new Set<JobKind>();
  const staleMs = options.staleMs ?? 60_000;
  const now = options.now ?? (() => new Date());
  const id = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const inHand = new Map<string, Promise<void>>();
  let stopped = false;
  let filling: Promise<void> | null = null;
  let again = false;

  async function run(job: ClaimedJob): Promise<void> {
    const jobLog = log.child({ job: job.id, kind: job.kind, region: job.regionCode });
    const started = performance.now();
    try {
      await handlers[job.kind](db, job, jobLog);
      await finishJob(db, job, now());
      jobLog.info({ ms: Math.round(performance.now() - started) }, 'job done');
    } catch (error) {
      const refused = isDomainError(error);
      const retry = !refused && (job.attempts < maxAttempts || untilDone.has(job.kind));
      const message = refused ? error.message : '执行时发生内部错误';
      if (refused) jobLog.warn({ err: error }, 'job refused');
      else jobLog.error({ err: error, attempt: job.attempts }, retry ? 'job failed; trying again' : 'job failed');
      const data = refused ? { kind: error.kind, reason: error.reason ?? null, issues: error.issues } : null;
      await failJob(db, job, message, now(), retry ? new Date(now().getTime() + Math.min(5_000 * job.attempts, MAX_RETRY_WAIT_MS)) : null, data).catch(
        (e: unknown) => jobLog.error({ err: e }, 'job outcome not stored'),
      );
    }
  }

  async function fill(): Promise<void> {
    do {
      again = false;
      while (!stopped && inHand.size < concurrency) {
        const job = await claimJob(db, id, now());
        if (!job) break;
        const work = run(job).finally(() => {
          inHand.delete(job.id);
          wake();
        });
        inHand.set(job.id, work);
      }
    } while (again && !stopped);
  }

  function wake(): void {
    if (stopped) return;
    if (filling) {
      again = true;
      return;
    }
    filling = fill()
      .catch((error: unknown) => log.warn({ err: error }, 'job queue not read'))
      .finally(() => {
        filling = null;
      });
  }

  const timers: NodeJS.Timeout[] = [];
  if (options.pollMs !== null) {
    timers.push(setInterval(wake, options.pollMs ?? 1_000));
    timers.push(
      setInterval(() => {
        if (inHand.size > 0) void beatJobHearts(db, id, now()).catch((error: unknown) => log.warn({ err: error }, 'job heartbeat not stored'));
      }, options.heartbeatMs ?? 5_000),
    );
    const recover = async () => {
      const at = now();
      const recovered = await recoverStalledJobs(db, id, new Date(at.getTime() - staleMs), maxAttempts, at, [...untilDone]);
      if (recovered > 0) log.warn({ recovered }, 'jobs of a stopped process queued again');
      await deleteFinishedJobs(db, new Date(at.getTime() - KEEP_FINISHED_MS));
    };
    timers.push(setInterval(() => void recover().catch((error: unknown) => log.warn({ err: error }, 'stalled jobs not recovered')), staleMs / 2));
    for (const timer of timers) timer.unref();
  }
  wake();

  return {
    wake,
    stop: async () => {
      stopped = true;
      for (const timer of timers) clearInterval(timer);
      await filling;
      await Promise.all(inHand.values());
    },
  };
}
