import type { callerFor } from '../testing/caller.js';
import { TEST_FILES } from '../attachments/test-files.js';
import type { MatrixWorld, Relation } from './matrix-world.js';

type Api = Awaited<ReturnType<typeof callerFor>>;
type Call = (api: Api, world: MatrixWorld, relation: Relation) => Promise<unknown>;

const plan = { responsibility: '责任人', measures: '整改措施', funds: '整改资金', timeLimit: '整改时限', contingency: '应急预案' };

/** How to call each follow-up, hazard, sanction and credit procedure with input valid for the target's state. */
export const OUTCOME_CALLS: Record<string, Call> = {
  'followUps.list': (api) => api.followUps.list({}),
  'followUps.get': async (api, w, r) => api.followUps.get({ id: await w.oc.followUp(r) }),
  'followUps.create': async (api, w, r) =>
    api.followUps.create({ checkId: (await w.oc.check(r)).checkId, kind: 'notify_department', target: '漳平市市场监督管理局' }),
  'followUps.close': async (api, w, r) => api.followUps.close({ id: await w.oc.followUp(r), closureNote: '已办结' }),

  'hazards.list': (api) => api.hazards.list({}),
  'hazards.overdue': (api) => api.hazards.overdue({}),
  'hazards.get': async (api, w, r) => api.hazards.get({ id: await w.oc.hazard(r) }),
  'hazards.create': async (api, w, r) =>
    api.hazards.create({ ...(await w.oc.check(r)), severity: 'ordinary', description: '矩阵新隐患', rectificationDeadline: '2099-12-31' }),
  'hazards.reportRectified': async (api, w, r) => api.hazards.reportRectified({ id: await w.oc.hazard(r, 'ordinary_open'), note: '已整改' }),
  'hazards.reinspect': async (api, w, r) => api.hazards.reinspect({ id: await w.oc.hazard(r, 'ordinary_rectified'), passed: true, note: '复查合格' }),
  'hazards.putUnderSupervision': async (api, w, r) =>
    api.hazards.putUnderSupervision({
      id: await w.oc.hazard(r, 'major_open'),
      listingLevel: 'county',
      supervisingBody: '安委办',
      listingDeadline: '2099-12-31',
    }),
  'hazards.filePlan': async (api, w, r) => api.hazards.filePlan({ id: await w.oc.hazard(r, 'major_listed'), plan }),
  'hazards.reportProgress': async (api, w, r) => api.hazards.reportProgress({ id: await w.oc.hazard(r, 'major_listed'), note: '进展' }),
  'hazards.requestAcceptance': async (api, w, r) => api.hazards.requestAcceptance({ id: await w.oc.hazard(r, 'major_planned') }),
  'hazards.accept': async (api, w, r) => api.hazards.accept({ id: await w.oc.hazard(r, 'major_requested'), passed: true, note: '验收合格' }),
  'hazards.writeOff': async (api, w, r) => api.hazards.writeOff({ id: await w.oc.hazard(r, 'major_accepted'), note: '同意核销并恢复生产经营' }),
  'hazards.escalate': async (api, w, r) => api.hazards.escalate({ id: await w.oc.hazard(r, 'major_overdue'), measures: ['interview'], note: '约谈' }),
  'hazards.uploadAttachment': async (api, w, r) =>
    api.hazards.uploadAttachment({ hazardId: await w.oc.hazard(r), filename: '现场照片.png', contentBase64: TEST_FILES.png.toString('base64') }),
  'hazards.downloadAttachment': async (api, w, r) => api.hazards.downloadAttachment({ id: await w.oc.attachment(r) }),

  'sanctions.list': (api) => api.sanctions.list({}),
  'sanctions.get': async (api, w, r) => api.sanctions.get({ id: await w.oc.sanction(r) }),
  'sanctions.create': async (api, w, r) =>
    api.sanctions.create({
      ...(await w.oc.check(r)),
      decisionNo: `矩阵新罚〔2026〕${w.oc.unique()}号`,
      basis: '《安全生产法》',
      penalty: '警告',
      decidedOn: '2025-01-05',
    }),
  'sanctions.update': async (api, w, r) => api.sanctions.update({ id: await w.oc.sanction(r), patch: { penalty: '警告并处罚款', fineFen: 100_000 } }),
  'sanctions.approve': async (api, w, r) => api.sanctions.approve({ id: await w.oc.sanction(r) }),
  'sanctions.publish': async (api, w, r) => api.sanctions.publish({ id: await w.oc.sanction(r, 'approved') }),

  'caseChecks.list': (api) => api.caseChecks.list({}),
  'caseChecks.get': async (api, w, r) => api.caseChecks.get({ id: await w.oc.caseCheck(r) }),
  'caseChecks.request': async (api, w, r) =>
    api.caseChecks.request({
      objectId: await w.oc.object(r),
      trigger: 'complaint',
      reason: '群众投诉',
      legalBasis: '《中华人民共和国安全生产法》第六十五条',
      windowFrom: w.oc.day(0),
      windowTo: w.oc.day(5),
      officerIds: await w.oc.caseOfficers('own'),
    }),
  'caseChecks.approve': async (api, w, r) => api.caseChecks.approve({ id: await w.oc.caseCheck(r) }),
  'caseChecks.reject': async (api, w, r) => api.caseChecks.reject({ id: await w.oc.caseCheck(r), note: '事由不充分' }),
  'caseChecks.complete': async (api, w, r) =>
    api.caseChecks.complete({ id: await w.oc.caseCheck(r, 'approved'), endedOn: w.oc.day(0), findings: '未发现问题' }),
  'caseChecks.withdraw': async (api, w, r) => api.caseChecks.withdraw({ id: await w.oc.caseCheck(r) }),

  'campaigns.list': (api) => api.campaigns.list({}),
  'campaigns.get': async (api, w, r) => api.campaigns.get({ id: await w.oc.campaign(r) }),
  'campaigns.create': (api, w) =>
    api.campaigns.create({
      year: Number(w.oc.day(0).slice(0, 4)),
      name: '矩阵专项检查',
      legalBasis: '《安全生产法》',
      content: '检查内容',
      scopeCount: 10,
      windowFrom: w.oc.day(0),
      windowTo: `${w.oc.day(0).slice(0, 4)}-12-31`,
    }),
  'campaigns.submit': async (api, w, r) => api.campaigns.submit({ id: await w.oc.campaign(r) }),
  'campaigns.approve': async (api, w, r) => api.campaigns.approve({ id: await w.oc.campaign(r, 'submitted') }),
  'campaigns.reject': async (api, w, r) => api.campaigns.reject({ id: await w.oc.campaign(r, 'submitted'), note: '内容重复' }),
  'campaigns.file': async (api, w, r) => api.campaigns.file({ id: await w.oc.campaign(r, 'approved'), filingNo: '备〔2026〕9号', filedWith: '漳平市人民政府' }),
  'campaigns.publish': async (api, w, r) => api.campaigns.publish({ id: await w.oc.campaign(r, 'filed') }),
  'campaigns.close': async (api, w, r) => api.campaigns.close({ id: await w.oc.campaign(r, 'published') }),
  'campaigns.withdraw': async (api, w, r) => api.campaigns.withdraw({ id: await w.oc.campaign(r, 'submitted') }),
  'campaigns.quotas': (api, w) => api.campaigns.quotas({ year: Number(w.oc.day(0).slice(0, 4)) }),
  'campaigns.setQuota': (api, w, r) => api.campaigns.setQuota({ agencyId: w.oc.agencyOf(r), year: Number(w.oc.day(0).slice(0, 4)), quota: 100 }),
  'campaigns.publicList': (api) => api.campaigns.publicList({ regionCode: '350881' }),
  'campaigns.publicGet': async (api, w, r) => api.campaigns.publicGet({ regionCode: w.oc.regionOf(r), id: await w.oc.campaign(r, 'published') }),

  'credit.history': async (api, w, r) => api.credit.history({ objectId: await w.oc.object(r) }),
  'credit.changeRiskClass': async (api, w, r) => api.credit.changeRiskClass({ objectId: await w.oc.object(r), riskClass: 'D', reason: '矩阵调整' }),
  'credit.markDishonest': async (api, w, r) => api.credit.markDishonest({ objectId: await w.oc.object(r), reason: '矩阵失信' }),
  'credit.liftDishonest': async (api, w, r) => api.credit.liftDishonest({ objectId: await w.oc.object(r, { dishonest: true }), reason: '矩阵修复' }),
  'credit.dishonestList': (api) => api.credit.dishonestList({}),
};
