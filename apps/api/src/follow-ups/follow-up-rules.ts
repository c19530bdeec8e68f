import type { FollowUpKind } from '@liancha/db';
import { DomainError, FOLLOW_UP_KIND_LABELS, type DomainIssue } from '@liancha/domain';

/** Whom the action goes to: a transfer or a copy names its recipient; a rectification order has a deadline. */
export function validateFollowUp(input: { kind: FollowUpKind; target: string; deadline: string | null }, today: string): void {
  const issues: DomainIssue[] = [];
  const label = FOLLOW_UP_KIND_LABELS[input.kind];
  if (input.kind === 'rectify_by_deadline' && input.deadline === null) issues.push({ field: 'deadline', message: `${label}须填写整改期限` });
  if (input.kind === 'rectify_by_deadline' && input.deadline !== null && input.deadline < today) {
    issues.push({ field: 'deadline', message: `整改期限（${input.deadline}）不能早于今天（${today}）` });
  }
  const needsTarget = input.kind === 'transfer_to_authority' || input.kind === 'transfer_to_judiciary' || input.kind === 'notify_department';
  if (needsTarget && input.target === '') issues.push({ field: 'target', message: `${label}须填写接收机构` });
  if (issues.length > 0) throw new DomainError('bad_request', issues.map((i) => i.message).join('；'), { reason: 'followUp.invalid', issues });
}
