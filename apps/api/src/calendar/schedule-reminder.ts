/** From this day of the year on, next year's missing schedule is flagged on the admin's home page. */
export const REMINDER_FROM = '11-01';

export interface ScheduleReminder {
  year: number;
  message: string;
}

/**
 * What the platform admin must enter: this year's schedule whenever it is missing, and next
 * year's from 1 November (the State Council usually publishes it in late October to December).
 * `today` is the Beijing date of the request's clock.
 */
export function scheduleReminder(today: string, scheduledYears: ReadonlySet<number>): ScheduleReminder | null {
  const year = Number(today.slice(0, 4));
  const note = (y: number) => `录入前，${y} 年的工作日按法定节假日和周末预计，相关公示期限标为“预计”；录入后自动重算。`;
  if (!scheduledYears.has(year)) return { year, message: `${year} 年节假日安排尚未录入。${note(year)}` };
  if (today.slice(5) >= REMINDER_FROM && !scheduledYears.has(year + 1)) {
    return { year: year + 1, message: `${year + 1} 年节假日安排尚未录入。国务院办公厅公布通知后请及时录入；${note(year + 1)}` };
  }
  return null;
}
