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
