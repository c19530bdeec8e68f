import type { AppAbility } from '@liancha/authz';
import type { FollowUpRow } from '@liancha/db';
import { FOLLOW_UP_DEADLINE, followUpNextStep, isOverdue } from '@liancha/domain';
import { followUpCan } from './follow-up-steps.js';

/** The row without its authorisation fields, with the overdue flag computed on read and what the caller may do with it. */
export function presentFollowUp(row: FollowUpRow, today: string, ability: AppAbility) {
  const { taskId: _taskId, teamInspectorIds: _team, ...rest } = row;
  return { ...rest, overdue: isOverdue(FOLLOW_UP_DEADLINE, row, today), can: followUpCan(ability, row), next: followUpNextStep(row) };
}
