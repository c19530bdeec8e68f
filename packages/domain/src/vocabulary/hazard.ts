import { vocabulary } from './words.js';

/** 隐患等级: ordinary (一般隐患, 整改 → 复查) or major (重大事故隐患, 挂牌督办 → 验收 → 核销). */
export const { codes: HAZARD_SEVERITIES, labels: HAZARD_SEVERITY_LABELS } = vocabulary({ ordinary: '一般隐患', major: '重大事故隐患' });
export type HazardSeverity = (typeof HAZARD_SEVERITIES)[number];

/** The hazard workflow's states (the first three are an ordinary hazard's, the others a major one's). */
export const { codes: HAZARD_STATUSES, labels: HAZARD_STATUS_LABELS } = vocabulary({
  open: '待整改',
  rectified: '已报告整改（待复查）',
  reinspected: '复查合格（已销号）',
  listed: '挂牌督办中',
  acceptance_requested: '已申请验收',
  accepted: '验收合格（待核销）',
  written_off: '已核销',
  escalated: '已升级处置',
});
export type HazardStatus = (typeof HAZARD_STATUSES)[number];

/** The states each severity moves through, in workflow order (the database checks the same split). */
export const HAZARD_STATUSES_BY_SEVERITY: Readonly<Record<HazardSeverity, readonly HazardStatus[]>> = {
  ordinary: ['open', 'rectified', 'reinspected'],
  major: ['open', 'listed', 'escalated', 'acceptance_requested', 'accepted', 'written_off'],
};

/** 挂牌督办 levels. */
export const { codes: LISTING_LEVELS, labels: LISTING_LEVEL_LABELS } = vocabulary({ county: '县级', city: '市级', province: '省级' });
export type ListingLevel = (typeof LISTING_LEVELS)[number];

/** The measures of an escalation (升级处置) of a listed hazard past its deadline. */
export const { codes: ESCALATION_MEASURES, labels: ESCALATION_MEASURE_LABELS } = vocabulary({
  interview: '约谈',
  public_criticism: '通报批评',
  licence_suspension: '暂扣安全生产许可证',
  suspend_production: '责令停产停业整顿',
  dishonest: '纳入失信名单',
});
export type EscalationMeasure = (typeof ESCALATION_MEASURES)[number];

/** The steps of a hazard's timeline. */
export const { codes: HAZARD_STEP_KINDS, labels: HAZARD_STEP_KIND_LABELS } = vocabulary({
  rectification: '整改完成报告',
  reinspection: '复查',
  listing: '挂牌督办',
  plan: '五落实整改方案',
  progress: '整改进展',
  acceptance_request: '申请验收',
  acceptance: '现场验收',
  write_off: '核销',
  escalation: '升级处置',
});
export type HazardStepKind = (typeof HAZARD_STEP_KINDS)[number];

/** A 复查 or 验收 passes or fails. */
export const { codes: INSPECTION_OUTCOMES, labels: INSPECTION_OUTCOME_LABELS } = vocabulary({ passed: '合格', failed: '不合格' });
export type InspectionOutcome = (typeof INSPECTION_OUTCOMES)[number];

/** What users do to a hazard (one procedure each). */
export const { codes: HAZARD_EVENTS, labels: HAZARD_EVENT_LABELS } = vocabulary({
  reportRectified: '报告整改完成',
  reinspect: '复查',
  putUnderSupervision: '挂牌督办',
  filePlan: '报备“五落实”整改方案',
  reportProgress: '报告整改进展',
  requestAcceptance: '申请验收',
  accept: '现场验收',
  writeOff: '核销并同意恢复生产经营',
  escalate: '升级处置',
});
export type HazardEventType = (typeof HAZARD_EVENTS)[number];

/** What a hazard can be overdue for: each a deadline the hazard is still waiting on. */
export const { codes: OVERDUE_FLAGS, labels: OVERDUE_FLAG_LABELS } = vocabulary({
  rectification_overdue: '整改逾期',
  reinspection_overdue: '复查逾期',
  listing_overdue: '督办逾期',
  acceptance_overdue: '验收逾期',
});
export type OverdueFlag = (typeof OVERDUE_FLAGS)[number];
