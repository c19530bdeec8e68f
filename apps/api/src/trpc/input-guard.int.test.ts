import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@liancha/db';
import { createTestDb, testDbKind } from '@liancha/db/testing';
import { appRouter } from '../routers/app-router.js';
import { loadDemoWorld } from '../testing/demo-world.js';
import { expectCleanAnswer } from '../testing/http-answer.js';
import { startTestServer, type TestServer } from '../testing/http-server.js';
import { rawRequest } from '../testing/raw-http.js';
import { refusal } from '../testing/refusal.js';

type World = Awaited<ReturnType<typeof loadDemoWorld>>;

const reasonOf = (error: { cause?: unknown }) => (error.cause as { reason?: string }).reason;

/** NUL and lone surrogates in text: a Chinese 400 naming the field, for every procedure, never a 500. */
describe(`text no column can hold, on ${testDbKind()}`, () => {
  let handle: DbHandle;
  let world: World;
  let server: TestServer;
  beforeAll(async () => {
    handle = await createTestDb({ template: 'demo' });
    world = await loadDemoWorld(handle.db);
    server = await startTestServer(handle.db);
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await handle?.close();
  });

  it('refuses NUL in a list filter with the field named, where it used to be a 500', async () => {
    const api = await world.as('yjj.coord');
    const error = await refusal(api.registry.objects.list({ filter: { search: '漳平\u0000' } }));
    expect(error.code).toBe('BAD_REQUEST');
    expect(reasonOf(error)).toBe('input.nul_character');
    expect(error.message).toContain('filter.search');
    expect((error.cause as unknown as { issues: unknown[] }).issues).toEqual([{ field: 'filter.search', message: error.message }]);
  });

  it('refuses NUL in a mutation before anything is written', async () => {
    const api = await world.as('yjj.coord');
    const before = await handle.db
      .selectFrom('jointTask')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const error = await refusal(
      api.tasks.create({
        title: '安全生产\u0000联合抽查',
        planBatchId: null,
        backfillReason: '历史检查补录',
        inspectionStartsOn: '2020-07-01',
        inspectionEndsOn: '2020-07-31',
        partnerAgencyIds: [],
      }),
    );
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.message).toContain('title');
    const after = await handle.db
      .selectFrom('jointTask')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it('refuses lone surrogates (the audit log keeps input as jsonb, which refuses them)', async () => {
    const api = await world.as('yjj.coord');
    const error = await refusal(
      api.tasks.create({
        title: '安全生产联合抽查\uD800',
        planBatchId: null,
        backfillReason: '历史检查补录',
        inspectionStartsOn: '2020-07-01',
        inspectionEndsOn: '2020-07-31',
        partnerAgencyIds: [],
      }),
    );
    expect(error.code).toBe('BAD_REQUEST');
    expect(reasonOf(error)).toBe('input.lone_surrogate');
    expect(error.message).toContain('title');
    // A proper surrogate pair (an emoji) is Unicode and goes through.
    const { id } = await api.tasks.create({
      title: '安全生产联合抽查🚒',
      planBatchId: null,
      backfillReason: '历史检查补录',
      inspectionStartsOn: '2020-07-01',
      inspectionEndsOn: '2020-07-31',
      partnerAgencyIds: [],
    });
    expect((await api.tasks.get({ taskId: id })).title).toBe('安全生产联合抽查🚒');
  });

  it('looks into keys and free-form objects too', async () => {
    const api = await world.as('yjj.coord');
    const error = await refusal(
      api.plans.create({
        year: 2031,
        title: '2031年度抽查计划',
        ratioFloorBp: 500,
        itemIds: [],
        batches: [{ seq: 1, name: '第一批', startsOn: '2031-03-01', endsOn: '2031-06-30', scope: { 'sector\u0000': 'x' } }],
      }),
    );
    expect(error.code).toBe('BAD_REQUEST');
    expect(reasonOf(error)).toBe('input.nul_character');
    expect(error.message).toContain('batches.0.scope.sector\\u0000');
  });

  it('covers every procedure, logged in or not, over HTTP: 400 with the field named', async () => {
    const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>);
    expect(procedures.length).toBeGreaterThan(100);
    for (const [path, procedure] of procedures) {
      const payload = JSON.stringify({ json: { note: 'x\u0000y' } });
      const response =
        procedure._def.type === 'mutation'
          ? await rawRequest(server.port, { method: 'POST', path: `/trpc/${path}`, headers: { 'content-type': 'application/json' }, body: payload })
          : await rawRequest(server.port, { path: `/trpc/${path}?input=${encodeURIComponent(payload)}` });
      const [error] = expectCleanAnswer(response, path);
      expect(response.status, path).toBe(400);
      expect(error, path).toMatchObject({ code: 'BAD_REQUEST', reason: 'input.nul_character', issues: [{ field: 'note' }] });
    }
  });
});
