import type { Executor } from '@liancha/db';
import type { Logger } from '../logger.js';
import { JOB_HANDLERS, JOBS_UNTIL_DONE } from './job-handlers.js';
import { startJobRunner } from './job-runner.js';

/** How a request tells the job runner that it queued work (after its transaction committed). */
export interface JobQueue {
  wake(): void;
}

/** The message an API worker sends the main process, which runs the jobs, when it queued one. */
export const WAKE_MESSAGE = 'liancha:jobs';

/** A worker process: the runner lives in the main process, which this message wakes. */
export const wakeMainProcess: JobQueue = { wake: () => void process.send?.(WAKE_MESSAGE) };

const inProcess = new WeakMap<Executor, JobQueue>();

/**
 * For the API called in-process (tests, the demo's history): a runner of that database that runs
 * jobs when woken and never polls, so nothing keeps running once the caller is done.
 */
export function inProcessJobs(db: Executor, log: Logger): JobQueue {
  let queue = inProcess.get(db);
  if (!queue) {
    queue = startJobRunner({ db, log, handlers: JOB_HANDLERS, untilDone: JOBS_UNTIL_DONE, pollMs: null });
    inProcess.set(db, queue);
  }
  return queue;
}
