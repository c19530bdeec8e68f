import type { FollowUpRow } from '@liancha/db';
import { FOLLOW_UP_DEADLINE, isOverdue } from '@liancha/domain';

/** The row without its authorisation fields, with the overdue flag computed on read. */
export function presentFollowUp(row: FollowUpRow, today: string) {
  const { taskId: _taskId, teamInspectorIds: _team, ...rest } = row;
  return { ...rest, overdue: isOverdue(FOLLOW_UP_DEADLINE, row, today) };
}
