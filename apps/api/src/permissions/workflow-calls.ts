import { findCheckUscc, findPlanYear } from '@liancha/db/testing';
import { TEST_FILES } from '../attachments/test-files.js';
import type { callerFor } from '../testing/caller.js';
import { sectorMatrix } from '../testing/joint-task-fixture.js';
import type { MatrixWorld, Relation } from './matrix-world.js';

type Api = Awaited<ReturnType<typeof callerFor>>;
type Call = (api: Api, world: MatrixWorld, relation: Relation) => Promise<unknown>;

const PNG = TEST_FILES.png.toString('base64');
const batches = (year: number) => [{ seq: 1, name: '全年', startsOn: `${year}-01-01`, endsOn: `${year}-12-31` }];
const noTeam = { poolFilter: { supervision: 'any' as const }, matrix: sectorMatrix(100), teamRules: null };

/** How to call each workflow procedure with input that is valid for the target's state. */
export const WORKFLOW_CALLS: Record<string, Call> = {
  'plans.list': (api) => api.plans.list({}),
  'plans.get': async (api, w, r) => api.plans.get({ id: await w.wf.plan(r, 'draft') }),
  'plans.create': (api, w) => {
    const year = w.wf.nextYear();
    return api.plans.create({ year, title: '新计划', ratioFloorBp: 1000, itemIds: [], batches: batches(year) });
  },
  'plans.update': async (api, w, r) => {
    const id = await w.wf.plan(r, 'draft');
    const year = await findPlanYear(w.db, id);
    return api.plans.update({ id, title: '改名计划', ratioFloorBp: 1000, itemIds: [], batches: batches(year) });
  },
  'plans.submit': async (api, w, r) => api.plans.submit({ id: await w.wf.plan(r, 'draft') }),
  'plans.approve': async (api, w, r) => api.plans.approve({ id: await w.wf.plan(r, 'submitted') }),
  'plans.reject': async (api, w, r) => api.plans.reject({ id: await w.wf.plan(r, 'submitted'), reason: '退回' }),
  'plans.publish': async (api, w, r) => api.plans.publish({ id: await w.wf.plan(r, 'approved') }),
  'plans.adjust': async (api, w, r) => api.plans.adjust({ id: await w.wf.plan(r, 'published'), reason: '调整' }),

  'tasks.list': (api) => api.tasks.list({}),
  'tasks.get': async (api, w, r) => api.tasks.get({ taskId: await w.wf.task(r) }),
  'tasks.capWarnings': async (api, w, r) => api.tasks.capWarnings({ taskId: await w.wf.task(r) }),
  'tasks.create': (api) =>
    api.tasks.create({ title: '新任务', planBatchId: null, inspectionStartsOn: '2035-05-01', inspectionEndsOn: '2035-05-31', partnerAgencyIds: [] }),
  'tasks.respond': async (api, w, r) => api.tasks.respond({ taskId: await w.wf.task(r, { status: 'inviting', yjjConfirmed: false }), accept: true }),
  'tasks.setItems': async (api, w, r) => api.tasks.setItems({ taskId: await w.wf.task(r), itemIds: [w.wf.publishedItem.get(w.wf.yjj)!] }),
  'tasks.setInspectors': async (api, w, r) => api.tasks.setInspectors({ taskId: await w.wf.task(r), inspectorIds: [await w.make.inspector('own')] }),
  'tasks.configure': async (api, w, r) => api.tasks.configure({ taskId: await w.wf.task(r), ...noTeam }),
  'tasks.preview': async (api, w, r) => api.tasks.preview({ taskId: await w.wf.task(r) }),
  'tasks.batchQuotas': async (api, w, r) => api.tasks.batchQuotas({ taskId: await w.wf.task(r, { fromPlan: true }) }),

  'draws.open': async (api, w, r) =>
    api.draws.open({ taskId: await w.wf.task(r), witnessDigits: 0, external: null, revealDeadline: new Date(Date.now() + 3_600_000) }),
  'draws.commit': async (api, w, r) => api.draws.commit({ drawId: (await w.wf.draw(r, 'open')).drawId, commitment: 'c'.repeat(64) }),
  'draws.freeze': async (api, w, r) => api.draws.freeze({ drawId: (await w.wf.draw(r, 'open', { committed: true })).drawId }),
  'draws.reveal': async (api, w, r) => {
    const draw = await w.wf.draw(r, 'frozen');
    return api.draws.reveal({ drawId: draw.drawId, secret: draw.secretOf(w.wf.yjj) ?? 'x'.repeat(64) });
  },
  'draws.enterPublicValue': async (api, w, r) =>
    api.draws.enterPublicValue({ drawId: (await w.wf.draw(r, 'frozen')).drawId, sourceId: 'witness', value: '123' }),
  'draws.substitute': async (api, w, r) => {
    const { drawId } = await w.wf.drawnDraw(r, r === 'own');
    return api.draws.substitute({ drawId, uscc: await w.wf.drawnUscc(drawId), reason: 'closed', note: '' });
  },
  'draws.get': async (api, w, r) => api.draws.get({ drawId: (await w.wf.drawnDraw(r)).drawId }),
  'draws.ofTask': async (api, w, r) => api.draws.ofTask({ taskId: (await w.wf.drawnDraw(r)).taskId }),
  'tasks.approveChecks': async (api, w, r) => api.tasks.approveChecks({ taskId: await w.wf.task(r, { status: 'drawn' }) }),
  'draws.bundle': async (api, w, r) => api.draws.bundle({ drawId: (await w.wf.drawnDraw(r)).drawId }),

  'checks.list': (api) => api.checks.list({}),
  'checks.resultLines': (api) => api.checks.resultLines({}),
  'checks.get': async (api, w, r) => api.checks.get({ checkId: await w.wf.check(r, 'planned') }),
  'checks.notify': async (api, w, r) => api.checks.notify({ checkId: await w.wf.check(r, 'planned'), scheduledOn: '2035-03-10' }),
  'checks.start': async (api, w, r) => api.checks.start({ checkId: await w.wf.check(r, 'planned'), on: '2035-03-10' }),
  'checks.finish': async (api, w, r) => api.checks.finish({ checkId: await w.wf.check(r, 'in_progress'), on: '2035-03-11' }),
  'checks.checkIn': async (api, w, r) => {
    // A check-in happens inside the task's window: one around today.
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
    const checkId = await w.wf.check(r, 'planned', 'none', { startsOn: day(-1), endsOn: day(30) });
    return api.checks.checkIn({ checkId, uscc: await findCheckUscc(w.db, checkId) });
  },
  'checks.checkOut': async (api, w, r) => api.checks.checkOut({ checkId: await w.wf.check(r, 'in_progress', 'checked_in') }),
  'checks.explainNoCheckIn': async (api, w, r) =>
    api.checks.explainNoCheckIn({ checkId: await w.wf.check(r, 'in_progress', 'none'), reason: '企业营业执照未悬挂' }),
  'checks.ofTask': async (api, w, r) => api.checks.ofTask({ taskId: w.wf.taskOfCheck(await w.wf.check(r, 'planned')) }),
  'checks.visitMany': async (api, w, r) => {
    const checkId = await w.wf.check(r, 'planned');
    return api.checks.visitMany({ taskId: w.wf.taskOfCheck(checkId), checkIds: [checkId], step: 'notify', scheduledOn: '2035-03-10' });
  },
  'checks.recordResult': async (api, w, r) =>
    api.checks.recordResult({
      checkId: await w.wf.check(r, 'in_progress'),
      itemId: w.wf.publishedItem.get(w.wf.yjj)!,
      resultCode: 'no_problem',
      verificationMethods: ['on_site'],
    }),
  'checks.team': async (api, w, r) => api.checks.team({ checkId: await w.wf.check(r, 'planned') }),
  'checks.recordResults': async (api, w, r) =>
    api.checks.recordResults({
      checkId: await w.wf.check(r, 'in_progress'),
      results: [{ itemId: w.wf.publishedItem.get(w.wf.yjj)!, resultCode: 'no_problem', verificationMethods: ['on_site'] }],
    }),
  'checks.submitResults': async (api, w, r) => api.checks.submitResults({ checkId: await w.wf.check(r, 'recorded') }),
  'checks.approveResults': async (api, w, r) => api.checks.approveResults({ checkId: await w.wf.check(r, 'submitted') }),
  'checks.uploadEvidence': async (api, w, r) =>
    api.checks.uploadEvidence({
      checkId: await w.wf.check(r, 'recorded'),
      itemId: w.wf.publishedItem.get(w.wf.yjj)!,
      filename: '照片.png',
      contentBase64: PNG,
    }),
  'checks.downloadEvidence': async (api, w, r) => api.checks.downloadEvidence({ id: await w.wf.evidence(r) }),
  'checks.returnResults': async (api, w, r) => api.checks.returnResults({ checkId: await w.wf.check(r, 'submitted'), reason: '请补充' }),
};
