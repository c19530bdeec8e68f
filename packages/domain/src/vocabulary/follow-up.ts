import { vocabulary } from './words.js';

/** 后续处置措施 after a check. */
export const { codes: FOLLOW_UP_KINDS, labels: FOLLOW_UP_KIND_LABELS } = vocabulary({
  rectify_by_deadline: '责令限期整改',
  case_filed: '立案查处',
  transfer_to_authority: '移交有处置权限的机构',
  transfer_to_judiciary: '移送司法机关',
  notify_department: '抄告相关部门',
});
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];

export const { codes: FOLLOW_UP_STATUSES, labels: FOLLOW_UP_STATUS_LABELS } = vocabulary({ open: '办理中', closed: '已办结' });
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];
