import { vocabulary } from './words.js';

/**
 * 行政检查的类型 (国办发〔2024〕54号; 司法部《有关问题解答》2025-04-18): 日常检查 (drawn 双随机
 * checks among them), 专项检查 (a campaign under an approved, filed plan) and 个案检查 (one
 * enterprise, for a stated trigger). Every check needs the agency head's prior approval.
 */
export const { codes: INSPECTION_KINDS, labels: INSPECTION_KIND_LABELS } = vocabulary({ routine: '日常检查', campaign: '专项检查', case: '个案检查' });
export type InspectionKind = (typeof INSPECTION_KINDS)[number];

/**
 * The kinds a `case_check` row holds: a 个案检查, or a check under a 专项检查 (the same approval,
 * 检查码 and completion). Drawn 日常检查 live in `check`.
 */
export const { codes: CASE_CHECK_KINDS, labels: CASE_CHECK_KIND_LABELS } = vocabulary({
  case: INSPECTION_KIND_LABELS.case,
  campaign: INSPECTION_KIND_LABELS.campaign,
});
export type CaseCheckKind = (typeof CASE_CHECK_KINDS)[number];

/**
 * Why a 个案检查 is started: the situations the rules name (they are exempt from the yearly
 * frequency caps). The database's check constraint lists the same codes (tested).
 */
export const { codes: CASE_TRIGGERS, labels: CASE_TRIGGER_LABELS } = vocabulary({
  complaint: '投诉举报',
  referral: '上级交办或部门移送',
  monitoring_lead: '非现场监管发现的线索',
  rectification_review: '整改复查',
  enterprise_request: '企业申请',
  licence_verification: '许可核查',
  other: '其他法定情形',
});
export type CaseTrigger = (typeof CASE_TRIGGERS)[number];

/**
 * 个案检查: submitted for 行政检查审批 → approved (or rejected) by the agency head → done; a request
 * may be withdrawn before it is done. An emergency check is recorded after it happened and
 * approved afterwards (补办审批), flagged as such.
 */
export const { codes: CASE_CHECK_STATUSES, labels: CASE_CHECK_STATUS_LABELS } = vocabulary({
  submitted: '待审批',
  approved: '已批准（待实施）',
  rejected: '未批准',
  done: '已完成',
  withdrawn: '已撤回',
});
export type CaseCheckStatus = (typeof CASE_CHECK_STATUSES)[number];

/**
 * 多头、重复、高频检查预警 (宁波市政府令第280号 and the like): an enterprise inspected by two or more
 * agencies in a short time, by one agency twice in a short time, or at (or one short of) a cap.
 */
export const { codes: CAP_WARNING_KINDS, labels: CAP_WARNING_KIND_LABELS } = vocabulary({
  multi_agency: '多头检查',
  repeat: '重复检查',
  high_frequency: '高频检查',
});
export type CapWarningKind = (typeof CAP_WARNING_KINDS)[number];

/** Where a planned check stands against the inspecting agency's 年度检查频次上限. */
export const { codes: CAP_STANDINGS, labels: CAP_STANDING_LABELS } = vocabulary({
  uncapped: '本部门未公布该类企业的频次上限',
  within: '未达年度检查频次上限',
  reaches: '本次检查后达到年度检查频次上限',
  exceeds: '超过年度检查频次上限',
});
export type CapStanding = (typeof CAP_STANDINGS)[number];

/** Why a check is counted but never refused by the caps (司法部《有关问题解答》2025-04-18). */
export const { codes: CAP_EXEMPTIONS, labels: CAP_EXEMPTION_LABELS } = vocabulary({
  case_trigger: '个案检查（法定触发情形，不受频次上限限制）',
  higher_level_campaign: '上级部署的专项检查（不受频次上限限制）',
});
export type CapExemption = (typeof CAP_EXEMPTIONS)[number];

/**
 * 专项检查 (a campaign): its 检查计划 drafted by the agency → submitted → approved by the county
 * government (in Liancha the leadership group acts for it) or rejected → filed (备案) → published
 * → its checks → closed; withdrawn by the agency before publication.
 */
export const { codes: CAMPAIGN_STATUSES, labels: CAMPAIGN_STATUS_LABELS } = vocabulary({
  draft: '草稿',
  submitted: '待审批',
  approved: '已批准（待备案）',
  filed: '已备案（待公布）',
  published: '已公布（实施中）',
  closed: '已结束',
  rejected: '未批准',
  withdrawn: '已撤回',
});
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

/**
 * Who deployed a campaign: the agency itself, or a higher level (上级部署的专项检查) — the latter
 * is exempt from the per-enterprise yearly frequency caps.
 */
export const { codes: CAMPAIGN_LEVELS, labels: CAMPAIGN_LEVEL_LABELS } = vocabulary({ own: '本级部署', higher: '上级部署' });
export type CampaignLevel = (typeof CAMPAIGN_LEVELS)[number];
