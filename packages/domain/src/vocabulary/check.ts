/** 检查: planned → notified → in progress → recorded → approved (every agency's results) → closed. */
export const CHECK_STATUSES = ['planned', 'notified', 'in_progress', 'recorded', 'approved', 'closed', 'cancelled'] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];

export const CHECK_STATUS_LABELS: Record<CheckStatus, string> = {
  planned: '待通知',
  notified: '已通知',
  in_progress: '检查中',
  recorded: '已检查，结果录入中',
  approved: '各部门结果已审核',
  closed: '已办结',
  cancelled: '已取消（替补）',
};

/** One agency's results of a check: recorded, submitted to its leader, approved or sent back. */
export const RESULT_STATUSES = ['draft', 'submitted', 'approved', 'returned'] as const;
export type ResultStatus = (typeof RESULT_STATUSES)[number];

export const RESULT_STATUS_LABELS: Record<ResultStatus, string> = {
  draft: '已录入（未提交）',
  submitted: '待领导审核',
  approved: '已审核',
  returned: '已退回',
};

/** A check team's seats. */
export const TEAM_ROLES = ['member', 'leader', 'expert'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

export const TEAM_ROLE_LABELS: Record<TeamRole, string> = { leader: '组长', member: '组员', expert: '专家' };

/** What evidence files are attached to. */
export const ATTACHMENT_OWNER_KINDS = ['check_result', 'hazard', 'hazard_progress', 'sanction', 'follow_up_action'] as const;
export type AttachmentOwnerKind = (typeof ATTACHMENT_OWNER_KINDS)[number];
