import { holidayCalendarRevision, listCurrentHolidaySchedules, type CurrentHolidaySchedule, type Executor } from '@liancha/db';
import { buildCalendar, type HolidaySchedule, type WorkingDayCalendar } from '@liancha/domain';
import { statutoryHolidayDates } from '@liancha/domain/statutory';

/**
 * The working-day calendar the API counts on: the official schedules stored in the database,
 * and for a year without one an estimate from weekends and that year's statutory days (预计).
 *
 * Built once per freshness token and cached: every call reads the token (one indexed row), so
 * a schedule saved through any API process is seen by every process on its next request. A
 * transaction that saved a schedule sees its own token and builds from its own rows.
 */
let cached: { token: string; calendar: WorkingDayCalendar } | null = null;

export async function loadWorkingCalendar(db: Executor): Promise<WorkingDayCalendar> {
  const token = await holidayCalendarRevision(db);
  if (cached?.token === token) return cached.calendar;
  const calendar = calendarOf(await listCurrentHolidaySchedules(db));
  cached = { token, calendar };
  return calendar;
}

/** Stored schedules → the domain's calendar, with the statutory rule for the other years. */
export function calendarOf(schedules: readonly CurrentHolidaySchedule[]): WorkingDayCalendar {
  const asDomain: HolidaySchedule[] = schedules.map((s) => ({
    year: s.year,
    notice: s.noticeNumber,
    holidays: s.days.filter((d) => d.kind === 'holiday').map((d) => ({ name: d.name, from: d.date, to: d.date })),
    workdays: s.days.filter((d) => d.kind === 'workday').map((d) => d.date),
  }));
  return buildCalendar('国务院办公厅节假日安排', asDomain, { provisional: statutoryHolidayDates });
}
