import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { claimJob, enqueueJob, getJob, recoverStalledJobs, type ClaimedJob, type DbHandle, type Executor } from '@liancha/db';
import { createTestDb, testDbKind } from '@liancha/db/testing';
import { DomainError, JOB_KINDS, type JobKind } from '@liancha/domain';
import { createLogger } from '../logger.js';
import { startJobRunner, type JobHandler } from './job-runner.js';
import { waitForJob } from './wait-for-job.js';

const log = createLogger('silent');
const scope = { regionCode: '350881' };

/** Handlers that record every run and do what the job's payload says. */
function recordingHandlers() {
  const runs: ClaimedJob[] = [];
  const handler: JobHandler = async (_db: Executor, job) => {
    runs.push(job);
    await new Promise((resolve) => setTimeout(resolve, 20));
    if (job.payload['refuse']) throw new DomainError('precondition_failed', '不能执行', { reason: 'test' });
    if (job.payload['crash']) throw new Error('boom');
  };
  const handlers = Object.fromEntries(JOB_KINDS.map((kind) => [kind, handler])) as Record<JobKind, JobHandler>;
  return { runs, handlers };
}

describe(`job runner on ${testDbKind()}`, () => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await createTestDb({ template: 'demo' });
  });
  afterAll(async () => {
    await handle?.close();
  });

  it('keeps one live job per subject and runs it once, dropping its file', async () => {
    const subjectId = randomUUID();
    const job = { kind: 'import_parse' as const, subjectId, input: new Uint8Array([1, 2, 3]), createdBy: null };
    const first = await enqueueJob(handle.db, scope, job);
    expect(await enqueueJob(handle.db, scope, job)).toBe(first);
    const { runs, handlers } = recordingHandlers();
    const runner = startJobRunner({ db: handle.db, log, handlers, pollMs: null });
    runner.wake();
    expect(await waitForJob(handle.db, scope, first, 10_000)).toMatchObject({ status: 'done', attempts: 1, error: null });
    await runner.stop();
    expect(runs.map((r) => [r.id, [...(r.input ?? [])]])).toEqual([[first, [1, 2, 3]]]);
    const stored = await handle.db.selectFrom('job').select('input').where('id', '=', first).executeTakeFirstOrThrow();
    expect(stored.input).toBeNull();
    // Done, the subject may have a new job.
    expect(await enqueueJob(handle.db, scope, job)).not.toBe(first);
  });

  it('fails a refused job for good with its reason, and tries a crashed one again later', async () => {
    const refused = await enqueueJob(handle.db, scope, { kind: 'draw_run', subjectId: randomUUID(), payload: { refuse: true }, createdBy: null });
    const crashed = await enqueueJob(handle.db, scope, { kind: 'draw_run', subjectId: randomUUID(), payload: { crash: true }, createdBy: null });
    const { runs, handlers } = recordingHandlers();
    const runner = startJobRunner({ db: handle.db, log, handlers, pollMs: null, maxAttempts: 2 });
    runner.wake();
    expect(await waitForJob(handle.db, scope, refused, 10_000)).toMatchObject({ status: 'failed', attempts: 1, error: '不能执行' });
    await expect.poll(async () => (await getJob(handle.db, scope, crashed))?.attempts, { timeout: 10_000 }).toBe(1);
    await runner.stop();
    // Queued again, a while later, without the crash's details.
    const again = await handle.db.selectFrom('job').select(['status', 'error', 'runAfter']).where('id', '=', crashed).executeTakeFirstOrThrow();
    expect(again).toMatchObject({ status: 'queued', error: '执行时发生内部错误' });
    expect(again.runAfter.getTime()).toBeGreaterThan(Date.now());
    // Its second try, once due, is its last.
    await handle.db
      .updateTable('job')
      .set({ runAfter: new Date(0) })
      .where('id', '=', crashed)
      .execute();
    const second = startJobRunner({ db: handle.db, log, handlers, pollMs: null, maxAttempts: 2 });
    second.wake();
    expect(await waitForJob(handle.db, scope, crashed, 10_000)).toMatchObject({ status: 'failed', attempts: 2 });
    await second.stop();
    expect(runs.filter((r) => r.id === crashed)).toHaveLength(2);
  });

  it('tries a kind meant to run until done again past the attempts of the others, also when its process died', async () => {
    const id = await enqueueJob(handle.db, scope, { kind: 'draw_run', subjectId: randomUUID(), payload: { crash: true }, createdBy: null });
    const { handlers } = recordingHandlers();
    const runner = startJobRunner({ db: handle.db, log, handlers, pollMs: null, maxAttempts: 1, untilDone: new Set(['draw_run']) });
    runner.wake();
    await expect.poll(async () => (await getJob(handle.db, scope, id))?.attempts, { timeout: 10_000 }).toBe(1);
    await runner.stop();
    expect(await getJob(handle.db, scope, id)).toMatchObject({ status: 'queued', error: '执行时发生内部错误' });
    // Claimed by a process that then died: queued again, not failed, though its attempts are spent.
    await handle.db
      .updateTable('job')
      .set({ runAfter: new Date(0) })
      .where('id', '=', id)
      .execute();
    expect((await claimJob(handle.db, 'dying-runner', new Date()))?.id).toBe(id);
    await handle.db
      .updateTable('job')
      .set({ heartbeatAt: new Date(Date.now() - 3_600_000) })
      .where('id', '=', id)
      .execute();
    expect(await recoverStalledJobs(handle.db, 'live-runner', new Date(Date.now() - 60_000), 1, new Date(), ['draw_run'])).toBe(1);
    expect(await getJob(handle.db, scope, id)).toMatchObject({ status: 'queued', attempts: 2 });
    await handle.db.deleteFrom('job').where('id', '=', id).execute();
  });

  it('queues again the job of a runner whose heart stopped, never its own', async () => {
    const id = await enqueueJob(handle.db, scope, { kind: 'import_commit', subjectId: randomUUID(), createdBy: null });
    const claimed = await claimJob(handle.db, 'dead-runner', new Date());
    expect(claimed?.id).toBe(id);
    await handle.db
      .updateTable('job')
      .set({ heartbeatAt: new Date(Date.now() - 3_600_000) })
      .where('id', '=', id)
      .execute();
    expect(await recoverStalledJobs(handle.db, 'dead-runner', new Date(), 3, new Date())).toBe(0);
    expect(await recoverStalledJobs(handle.db, 'live-runner', new Date(Date.now() - 60_000), 3, new Date())).toBe(1);
    expect(await getJob(handle.db, scope, id)).toMatchObject({ status: 'queued', attempts: 1 });
  });

  it('shares one queue between runners: every job runs exactly once', async () => {
    const ids = await Promise.all(
      Array.from({ length: 12 }, () => enqueueJob(handle.db, scope, { kind: 'import_commit', subjectId: randomUUID(), createdBy: null })),
    );
    const a = recordingHandlers();
    const b = recordingHandlers();
    const runners = [
      startJobRunner({ db: handle.db, log, handlers: a.handlers, pollMs: null, concurrency: 3 }),
      startJobRunner({ db: handle.db, log, handlers: b.handlers, pollMs: null, concurrency: 3 }),
    ];
    for (const runner of runners) runner.wake();
    for (const id of ids) expect(await waitForJob(handle.db, scope, id, 20_000)).toMatchObject({ status: 'done' });
    await Promise.all(runners.map((r) => r.stop()));
    const ran = [...a.runs, ...b.runs].map((r) => r.id).filter((id) => ids.includes(id));
    expect(ran.sort()).toEqual([...ids].sort());
  });
});
