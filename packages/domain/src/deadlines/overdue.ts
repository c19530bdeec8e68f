import type { FollowUpStatus } from '../vocabulary/follow-up.js';
import { OVERDUE_FLAGS, type HazardStatus, type OverdueFlag } from '../vocabulary/hazard.js';
import type { NoteStatus } from '../vocabulary/oversight.js';

/**
 * The one overdue rule: a row is overdue on `today` when it is still in one of `statuses`
 * (still waiting for what the deadline is for) and its `deadline` column is a date before
 * today ('YYYY-MM-DD' strings compare as dates; no deadline, never overdue). `isOverdue`
 * is the rule in memory; `overdueWhere` in packages/db is the same rule in SQL, built from
 * the same tables, and an agreement test runs both over the same rows.
 */
export interface DeadlineRule<S extends string, F extends string> {
  statuses: readonly S[];
  /** The camelCase name of the 'YYYY-MM-DD' column (or field) holding the deadline. */
  deadline: F;
}

export type HazardDeadlineField = 'rectificationDeadline' | 'reinspectionDue' | 'listingDeadline' | 'acceptanceDue';

/** Each overdue flag of a hazard: the deadline it misses and the states that still wait for it. */
export const HAZARD_DEADLINES: Readonly<Record<OverdueFlag, DeadlineRule<HazardStatus, HazardDeadlineField>>> = {
  rectification_overdue: { statuses: ['open'], deadline: 'rectificationDeadline' },
  reinspection_overdue: { statuses: ['rectified'], deadline: 'reinspectionDue' },
  listing_overdue: { statuses: ['listed', 'escalated'], deadline: 'listingDeadline' },
  acceptance_overdue: { statuses: ['acceptance_requested'], deadline: 'acceptanceDue' },
};

/** A follow-up (后续处置) is overdue while open past its deadline. */
export const FOLLOW_UP_DEADLINE: DeadlineRule<FollowUpStatus, 'deadline'> = { statuses: ['open'], deadline: 'deadline' };

/** A 督办单 is overdue until closed past its due date (an answer alone does not settle it). */
export const NOTE_DEADLINE: DeadlineRule<NoteStatus, 'dueOn'> = { statuses: ['open', 'responded'], deadline: 'dueOn' };

export function isOverdue<S extends string, F extends string>(rule: DeadlineRule<S, F>, row: { status: S } & Record<F, string | null>, today: string): boolean {
  const deadline = row[rule.deadline];
  return rule.statuses.includes(row.status) && deadline !== null && deadline < today;
}

/** What a hazard is overdue for on `today`, in the order of OVERDUE_FLAGS. */
export function hazardOverdueFlags(hazard: { status: HazardStatus } & Record<HazardDeadlineField, string | null>, today: string): OverdueFlag[] {
  return OVERDUE_FLAGS.filter((flag) => isOverdue(HAZARD_DEADLINES[flag], hazard, today));
}
