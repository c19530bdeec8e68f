import { subjectOf, type AppAbility } from '@liancha/authz';
import type { FollowUpRow } from '@liancha/db';
import { DomainError, FOLLOW_UP_KIND_LABELS } from '@liancha/domain';
import { enforce, firstRefusal, forbiddenUnless, type Refusal } from '../can/refusal.js';

/** 办结: the agency leader's approval (authz: approve = closure), once, while the action is open. */
export function closeFollowUpRefusal(ability: AppAbility, row: FollowUpRow): Refusal {
  return firstRefusal(
    () => forbiddenUnless(ability, 'approve', subjectOf('FollowUpAction', row)),
    () =>
      row.status === 'open'
        ? null
        : new DomainError('precondition_failed', `后续处置“${FOLLOW_UP_KIND_LABELS[row.kind]}”当前状态为“已办结”，不能再次办结`, {
            reason: 'followUp.already_closed',
          }),
  );
}

export function assertCloseFollowUp(ability: AppAbility, row: FollowUpRow): void {
  enforce(closeFollowUpRefusal(ability, row));
}

/** What the caller may do with a follow-up now (the portal's buttons). */
export function followUpCan(ability: AppAbility, row: FollowUpRow) {
  return { close: closeFollowUpRefusal(ability, row) === null };
}
