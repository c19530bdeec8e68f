import { vocabulary } from './words.js';

/** 检查: planned → notified → in progress → recorded → approved (every agency's results) → closed. */
export const { codes: CHECK_STATUSES, labels: CHECK_STATUS_LABELS } = vocabulary({
  planned: '待通知',
  notified: '已通知',
  in_progress: '检查中',
  recorded: '已检查，结果录入中',
  approved: '各部门结果已审核',
  closed: '已办结',
  cancelled: '已取消（替补）',
});
export type CheckStatus = (typeof CHECK_STATUSES)[number];

/** One agency's results of a check: recorded, submitted to its leader, approved or sent back. */
export const { codes: RESULT_STATUSES, labels: RESULT_STATUS_LABELS } = vocabulary({
  draft: '已录入（未提交）',
  submitted: '待领导审核',
  approved: '已审核',
  returned: '已退回',
});
export type ResultStatus = (typeof RESULT_STATUSES)[number];

/** A check team's seats. */
export const { codes: TEAM_ROLES, labels: TEAM_ROLE_LABELS } = vocabulary({ member: '组员', leader: '组长', expert: '专家' });
export type TeamRole = (typeof TEAM_ROLES)[number];

/** What evidence files are attached to. */
export const ATTACHMENT_OWNER_KINDS = ['check_result', 'hazard', 'hazard_progress', 'sanction', 'follow_up_action'] as const;
export type AttachmentOwnerKind = (typeof ATTACHMENT_OWNER_KINDS)[number];
