import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@liancha/db';
import { createTestDb, sql, testDbKind } from '@liancha/db/testing';
import { composeUscc } from '@liancha/domain';
import { loadDemoWorld } from '../testing/demo-world.js';
import { frozenDraw, readyJointTask } from '../testing/joint-task-fixture.js';
import { sessionTokenFor } from '../testing/session.js';
import { buildApiBundle, callOverHttp, startApiProcess, type ApiProcess } from '../testing/api-process.js';

const onPostgres = testDbKind() === 'postgres';
if (!onPostgres) console.log('[liancha] two API processes: only on PostgreSQL (the embedded database belongs to one process)');

const uscc = (body: string) => composeUscc({ authority: '9', entityType: '1', division: '350881', orgBody: body });

/**
 * Two API processes, as two hosts would run them, on one PostgreSQL database: each serves requests
 * and runs jobs from the one queue. The same import committed through both, and the last secret of
 * a draw revealed through both at once, give one import and one draw.
 */
describe.runIf(onPostgres)('two API processes on one PostgreSQL database', () => {
  let handle: DbHandle & { databaseUrl?: string };
  let world: Awaited<ReturnType<typeof loadDemoWorld>>;
  let bundle: ReturnType<typeof buildApiBundle> | undefined;
  const apis: ApiProcess[] = [];

  beforeAll(async () => {
    handle = await createTestDb({ template: 'demo' });
    world = await loadDemoWorld(handle.db);
    bundle = buildApiBundle();
    for (let i = 0; i < 2; i++) apis.push(await startApiProcess(bundle.outdir, { DATABASE_URL: handle.databaseUrl!, API_WORKERS: '1' }));
  }, 120_000);

  afterAll(async () => {
    for (const api of apis) api.child.kill('SIGKILL');
    bundle?.remove();
    await handle?.close();
  });

  const count = async (query: ReturnType<typeof sql<{ n: number }>>) => Number((await query.execute(handle.db)).rows[0]!.n);

  it('commits an import once, whichever process is asked, and either process runs its jobs', async () => {
    const token = await sessionTokenFor(handle.db, 'yjj.coord');
    const [a, b] = apis.map((api) => api.base) as [string, string];
    const csv = [
      '统一社会信用代码,企业名称,属地乡镇（街道）,行业领域,风险等级',
      `${uscc('TWP00001')},漳平市两进程测试一厂,菁城街道,工贸,B`,
      `${uscc('TWP00002')},漳平市两进程测试二厂,菁城街道,工贸,C`,
    ].join('\r\n');
    const started = await callOverHttp(a, token, 'registry.imports.start', {
      kind: 'object',
      filename: '两进程.csv',
      contentBase64: Buffer.from(csv, 'utf8').toString('base64'),
    });
    const jobId = (started.data as { jobId: string }).jobId;
    const status = async (base: string) => (await callOverHttp(base, token, 'registry.imports.status', { jobId }, 'query')).data as { status: string };
    await expect.poll(async () => (await status(b)).status, { timeout: 20_000 }).toBe('ready');

    const answers = await Promise.all([a, b].map((base) => callOverHttp(base, token, 'registry.imports.commit', { jobId })));
    expect(answers.map((x) => x.status).sort()).toEqual([200, 409]);
    expect(answers.find((x) => x.status === 409)?.error?.message).toMatch(/正在写入|已导入/);
    await expect.poll(async () => (await status(a)).status, { timeout: 20_000 }).toBe('committed');

    expect(await count(sql`select count(*) as n from object where uscc in (${uscc('TWP00001')}, ${uscc('TWP00002')})`)).toBe(2);
    expect(await count(sql`select count(*) as n from audit_event where action = 'import.commit' and subject_id = ${jobId}`)).toBe(1);
    expect(await count(sql`select count(*) as n from job where subject_id = ${jobId} and status = 'done'`)).toBe(2);
  }, 60_000);

  it('runs a draw once when its last secret is revealed through both processes at once', async () => {
    const { taskId } = await readyJointTask(handle.db, world, { start: '2020-05-01', end: '2020-05-31', ratioBp: 2000, title: '两进程抽取' });
    const draw = await frozenDraw(world, taskId, { deadline: new Date(Date.now() + 3_600_000) });
    for (const code of ['yjj', 'scj'] as const) await (await world.as(`${code}.coord`)).draws.reveal({ drawId: draw.drawId, secret: draw.secrets[code] });

    const token = await sessionTokenFor(handle.db, 'xf.coord');
    const answers = await Promise.all(apis.map((api) => callOverHttp(api.base, token, 'draws.reveal', { drawId: draw.drawId, secret: draw.secrets.xf })));
    expect(answers.map((x) => x.status).sort()).toEqual([200, 409]);
    expect(answers.find((x) => x.status === 200)?.data).toEqual({ drawn: true, drawing: false, drawError: null, pending: [] });

    expect(await count(sql`select count(*) as n from draw where id = ${draw.drawId} and status = 'drawn'`)).toBe(1);
    expect(await count(sql`select count(*) as n from audit_event where action = 'draw.run' and subject_id = ${draw.drawId}`)).toBe(1);
    expect(await count(sql`select count(*) as n from job where subject_id = ${draw.drawId} and kind = 'draw_run'`)).toBe(1);
    const drawn = await count(sql`select count(*) as n from draw_result where draw_id = ${draw.drawId} and outcome = 'drawn'`);
    expect(drawn).toBeGreaterThan(0);
    expect(await count(sql`select count(*) as n from "check" where task_id = ${taskId}`)).toBe(drawn);
  }, 120_000);

  it('both processes stop cleanly', async () => {
    expect(await Promise.all(apis.map((api) => api.stop()))).toEqual([0, 0]);
  });
});
