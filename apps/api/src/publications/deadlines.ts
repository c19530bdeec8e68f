import { addWorkingDays, CN_OFFICIAL_CALENDAR, dateInShanghai, isDomainError, yearOf, type WorkingDayCalendar } from '@liancha/domain';

/**
 * 检查结果自检查结束之日起20个工作日内公示 (SAMR; DESIGN.md §3). Counted on the official
 * calendar with 调休 make-up days; the check's end day itself does not count.
 */
export const RESULT_PUBLICATION_WORKING_DAYS = 20;

/** The calendar the API counts on; one place to swap when a year is added. */
export const WORKING_DAY_CALENDAR: WorkingDayCalendar = CN_OFFICIAL_CALENDAR;

/**
 * The last day to publish the results of a check that ended on `endedOn`, or null when the
 * calendar does not reach that far yet (the deadline is then unknown, never guessed).
 */
export function resultDueOn(endedOn: string, calendar: WorkingDayCalendar = WORKING_DAY_CALENDAR): string | null {
  try {
    return addWorkingDays(endedOn, RESULT_PUBLICATION_WORKING_DAYS, calendar);
  } catch (error) {
    if (isDomainError(error) && error.reason === 'calendar_not_covered') return null;
    throw error;
  }
}

export interface OverdueCutoff {
  /** Results of checks that ended before this date are past their deadline. */
  endedBefore: string;
  /**
   * False when today lies beyond the calendar's last year: checks that ended on or after
   * `endedBefore` have a deadline the calendar cannot tell yet, so they are undetermined
   * rather than guessed either way.
   */
  complete: boolean;
}

/**
 * Results are overdue on `today` exactly when the check ended before the 20th working day
 * before today (due = 20th working day after the end; overdue = today > due). When today is
 * past the calendar, only the checks whose deadline falls inside it can be judged: those
 * ended before the 20th working day counted back from the calendar's last day.
 */
export function overdueCutoff(today: string, calendar: WorkingDayCalendar = WORKING_DAY_CALENDAR): OverdueCutoff {
  try {
    return { endedBefore: addWorkingDays(today, -RESULT_PUBLICATION_WORKING_DAYS, calendar), complete: true };
  } catch (error) {
    if (!(isDomainError(error) && error.reason === 'calendar_not_covered') || yearOf(today) <= calendar.lastYear) throw error;
    const dayAfterCalendar = `${calendar.lastYear + 1}-01-01`;
    return { endedBefore: addWorkingDays(dayAfterCalendar, -RESULT_PUBLICATION_WORKING_DAYS, calendar), complete: false };
  }
}

/** Today in Beijing for the request's clock. */
export function todayFor(now: Date): string {
  return dateInShanghai(now);
}
