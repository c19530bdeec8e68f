import { DomainError } from '../errors.js';
import { addCalendarDays, assertIsoDate, dayOfWeek, yearOf } from './iso-date.js';

/**
 * Working days on an official holiday calendar: Monday–Friday are working days unless the
 * calendar lists them as holidays (放假), and a Saturday or Sunday listed as a make-up working
 * day (调休上班) is a working day. The calendar is injected, so the arithmetic stays pure and
 * the data (holidays-cn.ts) can be checked on its own.
 *
 * A date outside the calendar's years is refused with a clear error instead of being guessed
 * from the weekday: the schedule of a year is only known once the State Council publishes it.
 */
export interface WorkingDayCalendar {
  /** Human-readable source, e.g. "国务院办公厅节假日安排 2020–2026". */
  name: string;
  /** The calendar years whose schedule is known, first and last inclusive. */
  firstYear: number;
  lastYear: number;
  /** Dates off work although they may fall on Monday–Friday (whole holiday periods). */
  holidays: ReadonlySet<string>;
  /** Saturdays and Sundays worked in exchange (调休上班). */
  workdays: ReadonlySet<string>;
}

/** Raised for a date whose year the calendar does not hold. */
export function calendarNotCovered(date: string, calendar: WorkingDayCalendar): DomainError {
  return new DomainError(
    'precondition_failed',
    `工作日历未收录 ${yearOf(date)} 年的节假日安排（现有 ${calendar.firstYear}–${calendar.lastYear} 年），无法计算 ${date} 前后的工作日；请在国务院办公厅公布该年节假日安排后更新日历`,
    { reason: 'calendar_not_covered', issues: [{ field: 'date', message: `${yearOf(date)} 年不在工作日历范围内` }] },
  );
}

export function isCovered(date: string, calendar: WorkingDayCalendar): boolean {
  assertIsoDate(date);
  const year = yearOf(date);
  return year >= calendar.firstYear && year <= calendar.lastYear;
}

export function isWorkingDay(date: string, calendar: WorkingDayCalendar): boolean {
  if (!isCovered(date, calendar)) throw calendarNotCovered(date, calendar);
  if (calendar.workdays.has(date)) return true;
  if (calendar.holidays.has(date)) return false;
  const weekday = dayOfWeek(date);
  return weekday !== 0 && weekday !== 6;
}

/**
 * The day a period of `n` working days ends. Counting starts the day after `date` (the
 * usual reading of "之日起N个工作日内": the check's end day itself does not count), so the
 * result is the n-th working day after `date`; a negative `n` counts backwards, giving the
 * |n|-th working day before `date`; `n = 0` returns `date` unchanged.
 * Always a working day for n ≠ 0.
 */
export function addWorkingDays(date: string, n: number, calendar: WorkingDayCalendar): string {
  assertIsoDate(date);
  if (!Number.isSafeInteger(n)) throw new DomainError('bad_request', `工作日天数应为整数，收到 ${n}`, { reason: 'invalid_working_days' });
  const step = n < 0 ? -1 : 1;
  let day = date;
  let left = Math.abs(n);
  while (left > 0) {
    day = addCalendarDays(day, step);
    if (isWorkingDay(day, calendar)) left--;
  }
  return day;
}

/**
 * Working days d with from < d ≤ to (so `workingDaysBetween(x, addWorkingDays(x, n)) = n`);
 * negative when `to` is before `from`.
 */
export function workingDaysBetween(from: string, to: string, calendar: WorkingDayCalendar): number {
  assertIsoDate(from);
  assertIsoDate(to);
  if (to < from) return -workingDaysBetween(to, from, calendar);
  let count = 0;
  for (let day = addCalendarDays(from, 1); day <= to; day = addCalendarDays(day, 1)) {
    if (isWorkingDay(day, calendar)) count++;
  }
  return count;
}

/** One State Council schedule (国务院办公厅关于某年部分节假日安排的通知). */
export interface HolidaySchedule {
  year: number;
  /** The notice's document number, e.g. 国办发明电〔2019〕16号, plus any amending notice. */
  notice: string;
  /** Holiday periods, first and last day inclusive (a period may start in the previous year). */
  holidays: ReadonlyArray<{ name: string; from: string; to: string }>;
  /** Make-up working days (Saturdays or Sundays). */
  workdays: readonly string[];
}

/**
 * Builds a calendar from consecutive yearly schedules. Refuses gaps, make-up days that are
 * not weekends and dates that are both off and worked — a typo in the data fails loudly.
 */
export function buildCalendar(name: string, schedules: readonly HolidaySchedule[]): WorkingDayCalendar {
  if (schedules.length === 0) throw new Error('a calendar needs at least one yearly schedule');
  const years = schedules.map((s) => s.year).sort((a, b) => a - b);
  years.forEach((year, i) => {
    if (i > 0 && year !== years[i - 1]! + 1) throw new Error(`holiday schedules must cover consecutive years: ${years[i - 1]} then ${year}`);
  });
  const holidays = new Set<string>();
  const workdays = new Set<string>();
  for (const schedule of schedules) {
    for (const period of schedule.holidays) {
      assertIsoDate(period.from);
      assertIsoDate(period.to);
      if (period.to < period.from) throw new Error(`${schedule.year} ${period.name}: ${period.to} is before ${period.from}`);
      for (let day = period.from; day <= period.to; day = addCalendarDays(day, 1)) holidays.add(day);
    }
    for (const day of schedule.workdays) {
      assertIsoDate(day);
      const weekday = dayOfWeek(day);
      if (weekday !== 0 && weekday !== 6) throw new Error(`${schedule.year}: make-up working day ${day} is not a weekend`);
      workdays.add(day);
    }
  }
  for (const day of workdays) if (holidays.has(day)) throw new Error(`${day} is both a holiday and a make-up working day`);
  return { name, firstYear: years[0]!, lastYear: years[years.length - 1]!, holidays, workdays };
}
