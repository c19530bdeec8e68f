import type { SanctionRow } from '@liancha/db';

/** The row without its authorisation fields. */
export function presentSanction(row: SanctionRow) {
  const { taskId: _taskId, teamInspectorIds: _team, ...rest } = row;
  return rest;
}
