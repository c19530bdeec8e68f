import { setTimeout as sleep } from 'node:timers/promises';
import { getJob, type Executor, type JobState, type RegionScope } from '@liancha/db';

const POLL_MS = 100;

/**
 * A job's state once it has ended or `ms` have passed, whichever comes first. It reads the
 * job's row, so it works whichever process runs the job; waiting holds no connection.
 */
export async function waitForJob(db: Executor, scope: RegionScope, jobId: string, ms: number): Promise<JobState | undefined> {
  const deadline = performance.now() + ms;
  for (;;) {
    const job = await getJob(db, scope, jobId);
    if (!job || job.status === 'done' || job.status === 'failed' || performance.now() >= deadline) return job;
    await sleep(Math.min(POLL_MS, Math.max(0, deadline - performance.now())));
  }
}
