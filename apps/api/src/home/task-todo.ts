import type { TodoTaskRow } from '@liancha/db';

/**
 * What an open joint task needs from the caller's agency now, if anything:
 * confirm         — the agency is invited;
 * commit / reveal — the ceremony waits for the agency's commitment / secret (its coordinator's);
 * freeze / await_commitments — the lead freezes once every agency has committed;
 * select          — a confirmed participant still has to name its items;
 * configure       — the lead sets the matrix and opens the draw.
 */
export type TaskTodoAction = 'confirm' | 'commit' | 'reveal' | 'freeze' | 'await_commitments' | 'select' | 'configure';

export function taskTodoAction(row: TodoTaskRow, agencyId: string, writesOwnSecret: boolean): TaskTodoAction | null {
  const lead = row.leadAgencyId === agencyId;
  if (row.myStatus === 'invited') return 'confirm';
  if (row.drawId !== null && row.drawStatus !== 'drawn') {
    if (row.drawStatus === 'open' && row.mySource && !row.myCommitted && writesOwnSecret) return 'commit';
    if (row.drawStatus === 'open' && lead) return row.waiting === 0 ? 'freeze' : 'await_commitments';
    if (row.drawStatus === 'frozen' && row.mySource && !row.myRevealed && writesOwnSecret) return 'reveal';
    return null;
  }
  if (row.status === 'ready' || row.status === 'inviting') {
    if (!row.ownItems && row.myStatus === 'confirmed') return 'select';
    if (lead && row.status === 'ready') return 'configure';
  }
  return null;
}
