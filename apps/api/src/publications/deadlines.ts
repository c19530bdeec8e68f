import { addCalendarDays, isDomainError, RESULT_PUBLICATION_WORKING_DAYS, workingDayDate, type CalendarDate, type WorkingDayCalendar } from '@liancha/domain';

/*
 * 检查结果自检查结束之日起20个工作日内公示 (RESULT_PUBLICATION_WORKING_DAYS, the seed's rule in
 * @liancha/domain). Counted on the official calendar with 调休 make-up days; the check's end day
 * itself does not count. A year whose schedule is not entered yet is estimated from weekends and
 * statutory days: the deadline is then flagged provisional (预计) and moves, if need be, when the
 * schedule is entered.
 */

/**
 * The last day to publish the results of a check that ended on `endedOn`, flagged provisional
 * when it rests on an estimated year; null only for a year the calendar cannot even estimate.
 */
export function resultDueOn(endedOn: string, calendar: WorkingDayCalendar): CalendarDate | null {
  try {
    return workingDayDate(endedOn, RESULT_PUBLICATION_WORKING_DAYS, calendar);
  } catch (error) {
    if (isDomainError(error) && error.reason === 'calendar_not_covered') return null;
    throw error;
  }
}

export interface OverdueCutoff {
  /** Results of checks that ended before this date are past their deadline. */
  endedBefore: string;
  /**
   * The cut-off rests on an estimated year. Overdue judgments are then made as the estimate
   * says (never left out), and flagged: the official schedule may still move a day either way.
   */
  provisional: boolean;
}

/**
 * Results are overdue on `today` exactly when the check ended before the 20th working day
 * before today (due = 20th working day after the end; overdue = today > due).
 */
export function overdueCutoff(today: string, calendar: WorkingDayCalendar): OverdueCutoff {
  const back = workingDayDate(today, -RESULT_PUBLICATION_WORKING_DAYS, calendar);
  return { endedBefore: back.date, provisional: back.provisional };
}

/**
 * The first end date whose deadline is an estimate, from the first estimated year among last
 * year, this year and next year: checks that ended on or after it count as 预计 in the
 * figures. Null when those three years are all scheduled.
 */
export function provisionalEndedFrom(today: string, calendar: WorkingDayCalendar): string | null {
  const year = Number(today.slice(0, 4));
  const estimated = [year - 1, year, year + 1].find((y) => !calendar.scheduledYears.has(y));
  if (estimated === undefined) return null;
  // 20 working days never span more than about two months, so the answer lies in this window.
  for (let day = `${estimated - 1}-10-01`; day <= `${estimated}-01-01`; day = addCalendarDays(day, 1)) {
    if (resultDueOn(day, calendar)?.provisional) return day;
  }
  return `${estimated}-01-01`;
}
