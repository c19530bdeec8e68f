import { listOpenResultDeadlines, type Executor, type OpenResultDeadline } from '@liancha/db';
import type { WorkingDayCalendar } from '@liancha/domain';
import { resultDueOn } from '../publications/deadlines.js';

export interface DueState {
  dueOn: string | null;
  provisional: boolean;
}

/** An open deadline whose date or 预计 flag changed when a schedule was saved. */
export interface DeadlineMove extends OpenResultDeadline {
  before: DueState;
  after: DueState;
}

const stateOf = (endedOn: string, calendar: WorkingDayCalendar): DueState => {
  const due = resultDueOn(endedOn, calendar);
  return { dueOn: due?.date ?? null, provisional: due?.provisional ?? false };
};

/**
 * Recomputes every open result deadline that a schedule of `year` can touch (checks ended from
 * the September before, in every region) on the calendars before and after the change, and
 * returns those that moved or stopped (or started) being an estimate. Deadlines are derived,
 * not stored, so once the schedule is committed every reader already counts on it; this is the
 * record of what that changed.
 */
export async function deadlineMoves(db: Executor, year: number, before: WorkingDayCalendar, after: WorkingDayCalendar): Promise<DeadlineMove[]> {
  const open = await listOpenResultDeadlines(db, { endedFrom: `${year - 1}-09-01` });
  const moves: DeadlineMove[] = [];
  for (const deadline of open) {
    const was = stateOf(deadline.endedOn, before);
    const now = stateOf(deadline.endedOn, after);
    if (was.dueOn !== now.dueOn || was.provisional !== now.provisional) moves.push({ ...deadline, before: was, after: now });
  }
  return moves;
}
