import type { FollowUpRow } from '@liancha/db';
import { followUpOverdue } from './follow-up-rules.js';

/** The row without its authorisation fields, with the overdue flag computed on read. */
export function presentFollowUp(row: FollowUpRow, today: string) {
  const { taskId: _taskId, teamInspectorIds: _team, ...rest } = row;
  return { ...rest, overdue: followUpOverdue(row, today) };
}
