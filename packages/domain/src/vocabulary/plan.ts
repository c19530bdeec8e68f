import { vocabulary } from './words.js';

/** 年度抽查工作计划: draft → submitted → approved → published; an adjustment supersedes it. */
export const { codes: PLAN_STATUSES, labels: PLAN_STATUS_LABELS } = vocabulary({
  draft: '草稿',
  submitted: '待审批',
  approved: '已审批（待公布）',
  rejected: '已退回',
  published: '已公布',
  superseded: '已被调整后的版本取代',
});
export type PlanStatus = (typeof PLAN_STATUSES)[number];
