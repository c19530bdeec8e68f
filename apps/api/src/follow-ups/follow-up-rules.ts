import type { FollowUpKind } from '@liancha/db';
import { DomainError, type DomainIssue } from '@liancha/domain';

/** 后续处置措施 (DESIGN §2; domain research §3.4). */
export const FOLLOW_UP_LABELS: Record<FollowUpKind, string> = {
  rectify_by_deadline: '责令限期整改',
  case_filed: '立案查处',
  transfer_to_authority: '移交有处置权限的机构',
  transfer_to_judiciary: '移送司法机关',
  notify_department: '抄告相关部门',
};

/** Whom the action goes to: a transfer or a copy names its recipient; a rectification order has a deadline. */
export function validateFollowUp(input: { kind: FollowUpKind; target: string; deadline: string | null }, today: string): void {
  const issues: DomainIssue[] = [];
  const label = FOLLOW_UP_LABELS[input.kind];
  if (input.kind === 'rectify_by_deadline' && input.deadline === null) issues.push({ field: 'deadline', message: `${label}须填写整改期限` });
  if (input.kind === 'rectify_by_deadline' && input.deadline !== null && input.deadline < today) {
    issues.push({ field: 'deadline', message: `整改期限（${input.deadline}）不能早于今天（${today}）` });
  }
  const needsTarget = input.kind === 'transfer_to_authority' || input.kind === 'transfer_to_judiciary' || input.kind === 'notify_department';
  if (needsTarget && input.target === '') issues.push({ field: 'target', message: `${label}须填写接收机构` });
  if (issues.length > 0) throw new DomainError('bad_request', issues.map((i) => i.message).join('；'), { reason: 'followUp.invalid', issues });
}

/** Overdue on read: still open after its deadline. */
export const followUpOverdue = (row: { status: 'open' | 'closed'; deadline: string | null }, today: string) => row.status === 'open' && row.deadline !== null && row.deadline < today;
