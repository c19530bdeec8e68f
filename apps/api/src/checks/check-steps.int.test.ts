import { beforeAll, describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { joinTeam, testDbKind } from '@liancha/db/testing';
import { TEST_FILES } from '../attachments/test-files.js';
import { expectAgreement, probe, type Outcome } from '../testing/can-agreement.js';
import { loadDemoWorld } from '../testing/demo-world.js';
import { drawnJointTask } from '../testing/joint-task-fixture.js';
import { sessionTokenFor } from '../testing/session.js';
import { CHECK_STEPS, type CheckStep } from './check-steps.js';
import { openDemoDb } from '../testing/demo-db.js';

type World = Awaited<ReturnType<typeof loadDemoWorld>>;
type Api = Awaited<ReturnType<World['as']>>;

/** Agency staff of the three agencies of the task, the leadership group, the platform admin, another region. */
const PERSONAS = ['yjj.coord', 'yjj.insp1', 'yjj.leader', 'yjj.admin', 'scj.coord', 'scj.leader', 'ldxz.zhang', 'admin', 'xl.coord'] as const;
type Persona = (typeof PERSONAS)[number];

const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });

/**
 * checks.get's `can` against the mutations themselves: for every persona, at every stage of one
 * check's life, each step the flags offer goes through and each step they withhold is refused —
 * probed in transactions that are rolled back, so the check stays at its stage.
 */
describe(`check steps: can flags agree with the mutations on ${testDbKind()}`, () => {
  const demo = openDemoDb(loadDemoWorld);
  let checkId = '';
  let objectId = '';
  let uscc = '';
  const tokens = {} as Record<Persona, string>;
  let serial = 0;

  beforeAll(async () => {
    const check = (await drawnJointTask(demo.handle.db, demo.world)).checks[0]!;
    checkId = check.id;
    objectId = check.objectId;
    uscc = check.uscc;
    // yjj.insp1 joins the team, so that an inspector on the team is among the personas.
    await joinTeam(demo.handle.db, { regionCode: '350881', checkId, username: 'yjj.insp1' });
    for (const persona of PERSONAS) tokens[persona] = await sessionTokenFor(demo.handle.db, persona);
  }, 180_000);

  async function ownItem(api: Api): Promise<string> {
    const loaded = await api.checks.get({ checkId });
    const me = (await api.auth.me()).user.agency?.id;
    return (loaded.items.find((i) => i.agencyId === me) ?? loaded.items[0]!).id;
  }

  /** Each step's mutation with an input that passes validation. */
  const CALLS: Record<CheckStep, (api: Api, itemId: string) => Promise<unknown>> = {
    notify: (api) => api.checks.notify({ checkId, scheduledOn: '2020-04-10', materials: ['营业执照'], contact: '联系人' }),
    start: (api) => api.checks.start({ checkId, on: '2020-04-10' }),
    finish: (api) => api.checks.finish({ checkId, on: '2020-04-12' }),
    // A 2020 task: none of the 2025 presence steps is offered, and each refuses alike.
    checkIn: (api) => api.checks.checkIn({ checkId, uscc }),
    checkOut: (api) => api.checks.checkOut({ checkId }),
    explainNoCheckIn: (api) => api.checks.explainNoCheckIn({ checkId, reason: '现场无法扫码' }),
    recordResult: (api, itemId) => api.checks.recordResult({ checkId, itemId, resultCode: 'no_problem', verificationMethods: ['on_site'] }),
    uploadEvidence: (api, itemId) => api.checks.uploadEvidence({ checkId, itemId, filename: '现场照片.png', contentBase64: TEST_FILES.png.toString('base64') }),
    submitResults: (api) => api.checks.submitResults({ checkId }),
    approveResults: (api) => api.checks.approveResults({ checkId }),
    returnResults: (api) => api.checks.returnResults({ checkId, reason: '请补充检查情况' }),
    publishResults: (api) => api.publications.publishResults({ checkId }),
    createFollowUp: (api) => api.followUps.create({ checkId, kind: 'case_filed', target: `立案${++serial}` }),
    createHazard: (api) => api.hazards.create({ objectId, checkId, severity: 'ordinary', description: '消防通道堵塞', rectificationDeadline: today() }),
    createSanction: (api) =>
      api.sanctions.create({
        objectId,
        checkId,
        decisionNo: `漳应急罚〔2020〕${++serial}号`,
        basis: '《安全生产法》',
        penalty: '警告',
        fineFen: null,
        decidedOn: today(),
      }),
  };

  async function agreeAt(stage: string): Promise<Record<Persona, Record<CheckStep, boolean> | null>> {
    const seen = {} as Record<Persona, Record<CheckStep, boolean> | null>;
    for (const persona of PERSONAS) {
      const api = await demo.world.as(persona);
      const can = await api.checks.get({ checkId }).then(
        (c) => c.can,
        (error: unknown) => {
          if (error instanceof TRPCError && error.code === 'NOT_FOUND') return null;
          throw error;
        },
      );
      const itemId = can ? await ownItem(api) : '00000000-0000-4000-8000-000000000000';
      const outcomes = {} as Record<CheckStep, Outcome>;
      for (const step of CHECK_STEPS) outcomes[step] = await probe(demo.handle.db, tokens[persona], (probeApi) => CALLS[step](probeApi, itemId));
      expectAgreement(`${stage} × ${persona}`, can, outcomes);
      seen[persona] = can;
    }
    return seen;
  }

  const offered = (seen: Record<Persona, Record<CheckStep, boolean> | null>) =>
    Object.fromEntries(Object.entries(seen).map(([p, can]) => [p, can ? CHECK_STEPS.filter((s) => can[s]).join(' ') : 'NOT_FOUND']));

  it('agrees before the notice and after it', async () => {
    const planned = await agreeAt('planned');
    expect(offered(planned)).toMatchObject({ 'yjj.coord': 'notify start', 'scj.coord': '', 'yjj.admin': '', 'xl.coord': 'NOT_FOUND', admin: 'NOT_FOUND' });
    await (await demo.world.as('yjj.coord')).checks.notify({ checkId, scheduledOn: '2020-04-10' });
    await agreeAt('notified');
  }, 300_000);

  it('agrees during the visit, with results partly and then fully recorded', async () => {
    await (await demo.world.as('yjj.coord')).checks.start({ checkId, on: '2020-04-10' });
    const coord = await demo.world.as('yjj.coord');
    await coord.checks.recordResult({ checkId, itemId: await ownItem(coord), resultCode: 'no_problem', verificationMethods: ['on_site'] });
    const visiting = await agreeAt('in_progress');
    expect(offered(visiting)).toMatchObject({
      'yjj.coord': 'finish recordResult uploadEvidence createFollowUp createHazard createSanction',
      'yjj.insp1': 'recordResult uploadEvidence createFollowUp createHazard',
      'yjj.leader': '',
      'scj.coord': 'recordResult createFollowUp createHazard createSanction',
    });
    const loaded = await coord.checks.get({ checkId });
    for (const c of ['yjj', 'scj', 'xf'] as const) {
      const api = await demo.world.as(`${c}.coord`);
      for (const item of loaded.items.filter((i) => i.agencyId === demo.world.agencyId(c)))
        await api.checks.recordResult({ checkId, itemId: item.id, resultCode: 'no_problem', verificationMethods: ['on_site'] });
    }
    await coord.checks.finish({ checkId, on: '2020-04-12' });
    const recorded = await agreeAt('recorded');
    expect(recorded['yjj.coord']?.submitResults).toBe(true);
  }, 300_000);

  it('agrees through review, return and publication', async () => {
    await (await demo.world.as('yjj.coord')).checks.submitResults({ checkId });
    await (await demo.world.as('scj.coord')).checks.submitResults({ checkId });
    const submitted = await agreeAt('submitted');
    expect(offered(submitted)).toMatchObject({ 'yjj.leader': 'approveResults returnResults', 'scj.leader': 'approveResults returnResults' });
    await (await demo.world.as('yjj.leader')).checks.approveResults({ checkId });
    await (await demo.world.as('scj.leader')).checks.returnResults({ checkId, reason: '请补充' });
    const reviewed = await agreeAt('reviewed');
    expect(reviewed['yjj.coord']?.publishResults).toBe(true);
    expect(reviewed['scj.coord']?.submitResults).toBe(true);
    await (await demo.world.as('yjj.coord')).publications.publishResults({ checkId });
    const published = await agreeAt('published');
    expect(published['yjj.coord']?.publishResults).toBe(false);
  }, 300_000);

  it('says what the caller’s agency’s results are, for the review panel', async () => {
    const yjj = await (await demo.world.as('yjj.coord')).checks.get({ checkId });
    // 应急局's items of the check: those of its list that apply to the enterprise's sector, all recorded.
    const own = yjj.items.filter((i) => i.agencyId === demo.world.agencyId('yjj'));
    expect(own.length).toBeGreaterThan(0);
    for (const item of own) expect(item.applicableSectors.length === 0 || item.applicableSectors.includes(yjj.check.sectorCode), item.code).toBe(true);
    expect(yjj.mine).toMatchObject({ status: 'approved', items: own.length, recorded: own.length });
    expect((await (await demo.world.as('scj.coord')).checks.get({ checkId })).mine).toMatchObject({ status: 'returned' });
    expect((await (await demo.world.as('ldxz.zhang')).checks.get({ checkId })).mine).toBeNull();
  });
});
