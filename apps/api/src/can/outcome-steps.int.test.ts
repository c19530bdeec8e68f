import { beforeAll, describe, expect, it } from 'vitest';
import { HAZARD_EVENTS } from '@liancha/domain';
import { joinTeam, testDbKind } from '@liancha/db/testing';
import { TEST_FILES } from '../attachments/test-files.js';
import type { callerFor } from '../testing/caller.js';
import { checkAgreement } from '../testing/can-agreement.js';
import { loadDemoWorld } from '../testing/demo-world.js';
import { drawnJointTask } from '../testing/joint-task-fixture.js';
import { sessionTokenFor } from '../testing/session.js';
import { openDemoDb } from '../testing/demo-db.js';

type Api = Awaited<ReturnType<typeof callerFor>>;

const PERSONAS = ['yjj.coord', 'yjj.insp1', 'yjj.leader', 'yjj.admin', 'scj.coord', 'scj.leader', 'ldxz.zhang', 'admin', 'xl.coord'];
const beijing = (days = 0) => new Date(Date.now() + days * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });

/**
 * The `can` flags of hazards.get, sanctions.get, followUps.list, plans.get and
 * supervisionNotes.get against the step mutations, persona by persona, at each state: what a
 * flag offers goes through, what it withholds is refused (probes are rolled back).
 */
describe(`can flags of hazards, sanctions, follow-ups, plans and 督办 agree with their mutations on ${testDbKind()}`, () => {
  const demo = openDemoDb(loadDemoWorld);
  let checkId = '';
  let objectId = '';
  let yjjItemId = '';
  const tokens: Record<string, string> = {};
  let serial = 0;

  /** A subject's `can` held to its mutations' answers, checked at whatever stage the subject is in. */
  const agreement =
    <S extends string>(subject: string, read: (api: Api) => Promise<Record<S, boolean>>, calls: Record<S, (api: Api) => Promise<unknown>>) =>
    (stage: string) =>
      checkAgreement({ db: demo.handle.db, label: `${subject} ${stage}`, tokens, read, calls });

  beforeAll(async () => {
    const { checks } = await drawnJointTask(demo.handle.db, demo.world);
    const yjj = await demo.world.as('yjj.coord');
    const check = checks[0]!;
    checkId = check.id;
    objectId = check.objectId;
    await joinTeam(demo.handle.db, { regionCode: '350881', checkId, username: 'yjj.insp1' });
    await yjj.checks.start({ checkId, on: '2020-04-10' });
    yjjItemId = (await yjj.checks.get({ checkId })).items.find((i) => i.agencyId === demo.world.agencyId('yjj'))!.id;
    for (const persona of PERSONAS) tokens[persona] = await sessionTokenFor(demo.handle.db, persona);
  }, 300_000);

  async function hazardAgrees(id: string, stage: string) {
    const calls: Record<(typeof HAZARD_EVENTS)[number] | 'attach', (api: Api) => Promise<unknown>> = {
      reportRectified: (api) => api.hazards.reportRectified({ id, note: '已整改' }),
      reinspect: (api) => api.hazards.reinspect({ id, passed: true, note: '复查合格' }),
      putUnderSupervision: (api) =>
        api.hazards.putUnderSupervision({ id, listingLevel: 'county', supervisingBody: '漳平市安委会', listingDeadline: beijing(30) }),
      filePlan: (api) =>
        api.hazards.filePlan({ id, plan: { responsibility: '法人', measures: '停产整改', funds: '10万元', timeLimit: '30日', contingency: '应急预案' } }),
      reportProgress: (api) => api.hazards.reportProgress({ id, note: '进展顺利' }),
      requestAcceptance: (api) => api.hazards.requestAcceptance({ id }),
      accept: (api) => api.hazards.accept({ id, passed: true, note: '验收合格' }),
      writeOff: (api) => api.hazards.writeOff({ id, note: '同意恢复生产' }),
      escalate: (api) => api.hazards.escalate({ id, measures: ['interview'], note: '逾期未整改' }),
      attach: (api) => api.hazards.uploadAttachment({ hazardId: id, filename: '整改照片.png', contentBase64: TEST_FILES.png.toString('base64') }),
    };
    const read = async (api: Api) => {
      const h = await api.hazards.get({ id });
      return { ...Object.fromEntries(HAZARD_EVENTS.map((e) => [e, h.can.events.includes(e)])), attach: h.can.attach } as Record<keyof typeof calls, boolean>;
    };
    return agreement('hazard', read, calls)(stage);
  }

  it('hazards: ordinary and major, every state', async () => {
    const yjj = await demo.world.as('yjj.coord');
    const ordinary = (await yjj.hazards.create({ objectId, checkId, severity: 'ordinary', description: '灭火器过期', rectificationDeadline: beijing(10) })).id;
    expect(await hazardAgrees(ordinary, 'ordinary open')).toMatchObject({
      'yjj.coord': 'reportRectified attach',
      'yjj.insp1': 'reportRectified attach',
      'yjj.leader': '',
      'scj.coord': '',
      'xl.coord': 'NOT_FOUND',
    });
    await yjj.hazards.reportRectified({ id: ordinary, note: '已更换' });
    expect((await hazardAgrees(ordinary, 'ordinary rectified'))['yjj.coord']).toBe('reinspect attach');

    const major = (await yjj.hazards.create({ objectId, checkId, severity: 'major', description: '储罐区防火堤破损', rectificationDeadline: beijing(30) })).id;
    expect((await hazardAgrees(major, 'major open'))['yjj.coord']).toBe('putUnderSupervision attach');
    await yjj.hazards.putUnderSupervision({ id: major, listingLevel: 'county', supervisingBody: '漳平市安委会', listingDeadline: beijing(30) });
    await yjj.hazards.filePlan({ id: major, plan: { responsibility: '法人', measures: '修复', funds: '5万元', timeLimit: '30日', contingency: '预案' } });
    // Listed, deadline not yet passed: no escalation.
    expect((await hazardAgrees(major, 'major listed'))['yjj.coord']).toBe('filePlan reportProgress requestAcceptance attach');
    await yjj.hazards.requestAcceptance({ id: major });
    await hazardAgrees(major, 'major acceptance requested');
    await yjj.hazards.accept({ id: major, passed: true, note: '验收合格' });
    expect(await hazardAgrees(major, 'major accepted')).toMatchObject({ 'yjj.leader': 'writeOff', 'yjj.coord': 'attach', 'scj.leader': '' });
  }, 600_000);

  it('sanctions: draft, approved, published', async () => {
    const yjj = await demo.world.as('yjj.coord');
    const id = (
      await yjj.sanctions.create({
        objectId,
        checkId,
        decisionNo: '漳应急罚〔2020〕9号',
        basis: '《安全生产法》',
        penalty: '警告',
        fineFen: null,
        decidedOn: beijing(),
      })
    ).id;
    const agrees = agreement('sanction', async (api) => (await api.sanctions.get({ id })).can, {
      update: (api: Api) => api.sanctions.update({ id, patch: { penalty: '警告并处罚款' } }),
      approve: (api: Api) => api.sanctions.approve({ id }),
      publish: (api: Api) => api.sanctions.publish({ id }),
    });
    expect(await agrees('draft')).toMatchObject({ 'yjj.coord': 'update', 'yjj.leader': 'approve', 'yjj.admin': '', 'scj.leader': '' });
    await (await demo.world.as('yjj.leader')).sanctions.approve({ id });
    expect((await agrees('approved'))['yjj.coord']).toBe('publish');
    await yjj.sanctions.publish({ id });
    expect((await agrees('published'))['yjj.coord']).toBe('');
  }, 300_000);

  it('follow-ups: open, closed', async () => {
    const yjj = await demo.world.as('yjj.coord');
    const { id } = await yjj.followUps.create({ checkId, kind: 'rectify_by_deadline', target: '', deadline: beijing(10), note: '' });
    const agrees = agreement('follow-up', async (api) => (await api.followUps.get({ id })).can, {
      close: (api: Api) => api.followUps.close({ id, closureNote: `已办结${++serial}` }),
    });
    expect(await agrees('open')).toMatchObject({ 'yjj.leader': 'close', 'yjj.coord': '', 'scj.leader': '' });
    await (await demo.world.as('yjj.leader')).followUps.close({ id, closureNote: '已整改完毕' });
    expect((await agrees('closed'))['yjj.leader']).toBe('');
  }, 300_000);

  it('plans: draft, submitted, approved, published', async () => {
    const yjj = await demo.world.as('yjj.coord');
    const { id } = await yjj.plans.create({
      year: 2033,
      title: '2033年度双随机抽查计划',
      ratioFloorBp: 500,
      itemIds: [yjjItemId],
      batches: [{ seq: 1, name: '第一批', startsOn: '2033-03-01', endsOn: '2033-03-31' }],
    });
    const agrees = agreement('plan', async (api) => (await api.plans.get({ id })).can, {
      update: (api: Api) =>
        api.plans.update({
          id,
          title: '2033年度双随机抽查计划（修订）',
          ratioFloorBp: 500,
          itemIds: [yjjItemId],
          batches: [{ seq: 1, name: '第一批', startsOn: '2033-03-01', endsOn: '2033-03-31' }],
        }),
      submit: (api: Api) => api.plans.submit({ id }),
      approve: (api: Api) => api.plans.approve({ id }),
      reject: (api: Api) => api.plans.reject({ id, reason: '请补充批次' }),
      publish: (api: Api) => api.plans.publish({ id }),
      adjust: (api: Api) => api.plans.adjust({ id, reason: '年中调整' }),
    });
    expect(await agrees('draft')).toMatchObject({ 'yjj.coord': 'update submit', 'yjj.leader': '', 'yjj.admin': '', 'scj.coord': 'NOT_FOUND' });
    await yjj.plans.submit({ id });
    expect((await agrees('submitted'))['yjj.leader']).toBe('approve reject');
    await (await demo.world.as('yjj.leader')).plans.approve({ id });
    expect((await agrees('approved'))['yjj.coord']).toBe('publish');
    await yjj.plans.publish({ id });
    expect((await agrees('published'))['yjj.coord']).toBe('adjust');
  }, 300_000);

  it('督办 notes: open, responded, closed', async () => {
    const { id } = await (
      await demo.world.as('ldxz.zhang')
    ).supervisionNotes.create({ toAgencyId: demo.world.agencyId('yjj'), subject: '加快整改', body: '请报告进展。' });
    const agrees = agreement('note', async (api) => (await api.supervisionNotes.get({ id })).can, {
      respond: (api: Api) => api.supervisionNotes.respond({ id, response: '已部署整改' }),
      close: (api: Api) => api.supervisionNotes.close({ id }),
    });
    expect(await agrees('open')).toMatchObject({
      'yjj.coord': 'respond',
      'yjj.leader': 'respond',
      'yjj.insp1': 'NOT_FOUND',
      'ldxz.zhang': 'close',
      'scj.coord': 'NOT_FOUND',
    });
    await (await demo.world.as('yjj.coord')).supervisionNotes.respond({ id, response: '已部署整改' });
    await agrees('responded');
    await (await demo.world.as('ldxz.zhang')).supervisionNotes.close({ id });
    expect((await agrees('closed'))['ldxz.zhang']).toBe('');
  }, 300_000);
});
