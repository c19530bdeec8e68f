import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@liancha/db';
import { createTestDb, testDbKind } from '@liancha/db/testing';
import { commitSecret, createEntropySecret } from '@liancha/domain';
import { usableInspectors } from '../demo/seed-year.js';
import type { callerFor } from '../testing/caller.js';
import { checkAgreement } from '../testing/can-agreement.js';
import { loadDemoWorld } from '../testing/demo-world.js';
import { readyJointTask, sectorMatrix, THREE_OFFICER_TEAMS } from '../testing/joint-task-fixture.js';
import { sessionTokenFor } from '../testing/session.js';

type World = Awaited<ReturnType<typeof loadDemoWorld>>;
type Api = Awaited<ReturnType<typeof callerFor>>;

const PERSONAS = ['yjj.coord', 'yjj.leader', 'yjj.admin', 'scj.coord', 'scj.leader', 'xf.coord', 'sthj.coord', 'ldxz.zhang', 'admin', 'xl.coord'];
const AGENCY_OF: Record<string, 'yjj' | 'scj' | 'xf' | 'sthj' | undefined> = {
  'yjj.coord': 'yjj',
  'yjj.leader': 'yjj',
  'yjj.admin': 'yjj',
  'scj.coord': 'scj',
  'scj.leader': 'scj',
  'xf.coord': 'xf',
  'sthj.coord': 'sthj',
};
const NOBODY = '00000000-0000-4000-8000-000000000000';
/** A list to post: the agency's own, or an id of nothing (the refusal must come before the input is looked at). */
const orNobody = (ids: string[] | undefined) => (ids && ids.length > 0 ? ids : [NOBODY]);
const CONFIG = { poolFilter: { supervision: 'any' as const }, matrix: sectorMatrix(100), teamRules: THREE_OFFICER_TEAMS };

/**
 * tasks.get's and draws.get's `can` against the mutations, for every persona, from the
 * invitation through the ceremony to the drawn list (probes are rolled back).
 */
describe(`task and draw steps: can flags agree with the mutations on ${testDbKind()}`, () => {
  let handle: DbHandle;
  let world: World;
  const tokens: Record<string, string> = {};
  /** Per agency: published items and usable inspectors, for setItems / setInspectors probes. */
  const own: Record<string, { items: string[]; inspectors: string[] }> = {};
  const secrets: Record<string, string> = {};
  let drawId = '';
  let drawnUscc = '000000000000000000';

  beforeAll(async () => {
    handle = await createTestDb({ template: 'demo' });
    world = await loadDemoWorld(handle.db);
    await readyJointTask(handle.db, world, { start: '2020-03-01', end: '2020-03-31', ratioBp: 100, title: '先行任务（公布各部门事项）' });
    for (const code of ['yjj', 'scj', 'xf', 'sthj'] as const) {
      const api = await world.as(`${code}.coord`);
      const items = await api.registry.items.list({ filter: { agencyId: world.agencyId(code), published: true }, pageSize: 5 });
      own[code] = { items: items.rows.slice(0, 1).map((i) => i.id), inspectors: await usableInspectors(api, world.agencyId(code), '2020-09-30') };
    }
    for (const persona of PERSONAS) tokens[persona] = await sessionTokenFor(handle.db, persona);
  }, 300_000);
  afterAll(async () => {
    await handle?.close();
  });

  const taskCalls = (taskId: string) => ({
    respond: (api: Api) => api.tasks.respond({ taskId, accept: true }),
    setItems: (api: Api, persona: string) => api.tasks.setItems({ taskId, itemIds: orNobody(own[AGENCY_OF[persona] ?? '']?.items) }),
    setInspectors: (api: Api, persona: string) => api.tasks.setInspectors({ taskId, inspectorIds: orNobody(own[AGENCY_OF[persona] ?? '']?.inspectors) }),
    configure: (api: Api) => api.tasks.configure({ taskId, ...CONFIG }),
    openDraw: (api: Api) => api.draws.open({ taskId, witnessDigits: 4, external: null, revealDeadline: new Date(Date.now() + 3_600_000) }),
    publish: (api: Api) => api.publications.publishTask({ taskId }),
    approveChecks: (api: Api) => api.tasks.approveChecks({ taskId }),
  });
  const taskAgrees = (taskId: string, stage: string) =>
    checkAgreement({ db: handle.db, label: `task ${stage}`, tokens, read: async (api) => (await api.tasks.get({ taskId })).can, calls: taskCalls(taskId) });

  const drawAgrees = (stage: string) =>
    checkAgreement({
      db: handle.db,
      label: `draw ${stage}`,
      tokens,
      read: async (api) => (await api.draws.get({ drawId })).can,
      calls: {
        commit: (api: Api) => api.draws.commit({ drawId, commitment: commitSecret(createEntropySecret()) }),
        reveal: (api: Api, persona: string) => api.draws.reveal({ drawId, secret: secrets[AGENCY_OF[persona] ?? ''] ?? createEntropySecret() }),
        freeze: (api: Api) => api.draws.freeze({ drawId }),
        enterPublicValue: (api: Api) => api.draws.enterPublicValue({ drawId, sourceId: 'witness', value: '1234' }),
        substitute: (api: Api) => api.draws.substitute({ drawId, uscc: drawnUscc, reason: 'closed', note: '已停业' }),
      },
    });

  it('agrees while partners are invited', async () => {
    const { id: taskId } = await (
      await world.as('yjj.coord')
    ).tasks.create({
      title: '邀请中的任务',
      planBatchId: null,
      backfillReason: '历史检查补录',
      inspectionStartsOn: '2020-09-01',
      inspectionEndsOn: '2020-09-30',
      partnerAgencyIds: [world.agencyId('scj')],
    });
    const offered = await taskAgrees(taskId, 'inviting');
    // Before: an invited agency could name items and inspectors before answering; now it answers first.
    expect(offered).toMatchObject({
      'yjj.coord': 'setItems setInspectors configure',
      'scj.coord': 'respond',
      'scj.leader': '',
      'yjj.leader': '',
      'sthj.coord': 'NOT_FOUND',
      'xl.coord': 'NOT_FOUND',
    });
  }, 300_000);

  it('agrees through the ceremony: ready, open, frozen, drawn', async () => {
    const { taskId } = await readyJointTask(handle.db, world, { start: '2020-09-01', end: '2020-09-30', ratioBp: 100, title: '抽取仪式中的任务' });
    expect((await taskAgrees(taskId, 'ready'))['yjj.coord']).toBe('setItems setInspectors configure openDraw');
    const yjj = await world.as('yjj.coord');
    drawId = (await yjj.draws.open({ taskId, witnessDigits: 4, external: null, revealDeadline: new Date(Date.now() + 3_600_000) })).drawId;
    for (const code of ['yjj', 'scj', 'xf'] as const) {
      secrets[code] = createEntropySecret();
      await (await world.as(`${code}.coord`)).draws.commit({ drawId, commitment: commitSecret(secrets[code]!) });
    }
    expect(await drawAgrees('open')).toMatchObject({ 'yjj.coord': 'commit freeze', 'scj.coord': 'commit', 'yjj.leader': '', 'sthj.coord': 'NOT_FOUND' });
    await taskAgrees(taskId, 'draw open');
    await yjj.draws.freeze({ drawId });
    expect(await drawAgrees('frozen')).toMatchObject({ 'yjj.coord': 'reveal enterPublicValue', 'scj.coord': 'reveal', 'xf.coord': 'reveal' });
    for (const code of ['yjj', 'scj', 'xf'] as const) await (await world.as(`${code}.coord`)).draws.reveal({ drawId, secret: secrets[code]! });
    await yjj.draws.enterPublicValue({ drawId, sourceId: 'witness', value: '4321' });
    drawnUscc = (await yjj.checks.list({ filter: { taskId } })).rows[0]!.uscc;
    expect(await drawAgrees('drawn')).toMatchObject({ 'yjj.coord': 'substitute', 'scj.coord': '' });
    expect((await taskAgrees(taskId, 'drawn'))['yjj.coord']).toBe('publish');
    await yjj.publications.publishTask({ taskId });
    expect((await taskAgrees(taskId, 'published'))['yjj.coord']).toBe('');
  }, 600_000);
});
