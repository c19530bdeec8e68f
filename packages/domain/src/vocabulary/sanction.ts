import { vocabulary } from './words.js';

/** 行政处罚决定: draft → approved (the agency leader) → published (公示). */
export const { codes: SANCTION_STATUSES, labels: SANCTION_STATUS_LABELS } = vocabulary({
  draft: '草稿（待审批）',
  approved: '已审批（待公示）',
  published: '已公示',
});
export type SanctionStatus = (typeof SANCTION_STATUSES)[number];

/** What a credit record of an object (企业信用记录) notes. */
export const CREDIT_RECORD_KINDS = [
  'result',
  'sanction',
  'class_change',
  'dishonest',
  'dishonest_lifted',
  'hazard_listed',
  'hazard_escalated',
  'hazard_written_off',
] as const;
export type CreditRecordKind = (typeof CREDIT_RECORD_KINDS)[number];

/** 处罚类别 of the 双公示 行政处罚 template (CF_CFLB), the national list; a decision may carry several. */
export const { codes: PENALTY_CATEGORIES, labels: PENALTY_CATEGORY_LABELS } = vocabulary({
  warning: '警告',
  circulated_criticism: '通报批评',
  fine: '罚款',
  confiscate_gains: '没收违法所得',
  confiscate_property: '没收非法财物',
  suspend_licence: '暂扣许可证件',
  lower_qualification: '降低资质等级',
  revoke_licence: '吊销许可证件',
  restrict_business: '限制开展生产经营活动',
  suspend_business: '责令停产停业',
  order_closure: '责令关闭',
  restrict_practice: '限制从业',
  detention: '行政拘留',
  other: '其他',
});
export type PenaltyCategory = (typeof PENALTY_CATEGORIES)[number];

/** 行政相对人类别 (CF_XDR_LB). */
export const { codes: SANCTION_PARTY_KINDS, labels: SANCTION_PARTY_KIND_LABELS } = vocabulary({
  legal_person: '法人及非法人组织',
  individual_business: '个体工商户',
  natural_person: '自然人',
});
export type SanctionPartyKind = (typeof SANCTION_PARTY_KINDS)[number];

/**
 * 失信行为程度 of a 行政处罚 (国家发展改革委《失信行为纠正后的信用信息修复管理办法（试行）》): it sets the
 * decision's 公示期限 (packages/domain/src/rules/sanction-publicity.ts).
 */
export const { codes: SANCTION_SEVERITIES, labels: SANCTION_SEVERITY_LABELS } = vocabulary({ general: '一般失信行为', serious: '严重失信行为' });
export type SanctionSeverity = (typeof SANCTION_SEVERITIES)[number];
