/** 后续处置措施 after a check. */
export const FOLLOW_UP_KINDS = ['rectify_by_deadline', 'case_filed', 'transfer_to_authority', 'transfer_to_judiciary', 'notify_department'] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];

export const FOLLOW_UP_KIND_LABELS: Record<FollowUpKind, string> = {
  rectify_by_deadline: '责令限期整改',
  case_filed: '立案查处',
  transfer_to_authority: '移交有处置权限的机构',
  transfer_to_judiciary: '移送司法机关',
  notify_department: '抄告相关部门',
};

export const FOLLOW_UP_STATUSES = ['open', 'closed'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

export const FOLLOW_UP_STATUS_LABELS: Record<FollowUpStatus, string> = { open: '办理中', closed: '已办结' };
