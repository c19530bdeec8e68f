import { DomainError } from '../errors.js';
import { addCalendarDays, assertIsoDate, dayOfWeek, yearOf } from './iso-date.js';

/**
 * Working days on the official holiday calendar: Monday–Friday are working days unless the
 * calendar lists them as holidays (放假), and a Saturday or Sunday listed as a make-up working
 * day (调休上班) is a working day. The calendar is injected, so the arithmetic stays pure and
 * the data (stored schedules) can be checked on its own.
 *
 * A year whose official schedule is not known yet is either refused (a strict calendar) or
 * estimated (a calendar with a `provisional` rule: weekends plus that year's statutory days,
 * statutory-holidays.ts). Every result then says whether it relied on such an estimate.
 */
export interface WorkingDayCalendar {
  /** Human-readable source, e.g. "国务院办公厅节假日安排". */
  name: string;
  /** The calendar years whose official schedule the calendar holds. */
  scheduledYears: ReadonlySet<number>;
  /** Official days off, Monday–Friday ones included (whole holiday periods). */
  holidays: ReadonlySet<string>;
  /** Official Saturdays and Sundays worked in exchange (调休上班). */
  workdays: ReadonlySet<string>;
  /**
   * For a year without an official schedule: its statutory days off, or null when the year
   * cannot be estimated either. Without this rule such years are refused.
   */
  provisional?: ((year: number) => ReadonlySet<string> | null) | undefined;
}

/** A date computed on the calendar, and whether it rests on an estimated year. */
export interface CalendarDate {
  date: string;
  /** True when some day counted lies in a year without an official schedule (预计). */
  provisional: boolean;
  /** Those years, ascending. */
  estimatedYears: number[];
}

/** "2020–2026", or "2020–2024、2026" when years are missing; "无" for none. */
export function describeYears(years: Iterable<number>): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    runs.push(i === j ? `${sorted[i]}` : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return runs.length === 0 ? '无' : runs.join('、');
}

/** Raised for a date whose year the calendar neither holds nor can estimate. */
export function calendarNotCovered(date: string, calendar: WorkingDayCalendar): DomainError {
  return new DomainError(
    'precondition_failed',
    `工作日历未收录 ${yearOf(date)} 年的节假日安排（现有 ${describeYears(calendar.scheduledYears)} 年），无法计算 ${date} 前后的工作日；请录入国务院办公厅公布的该年节假日安排`,
    { reason: 'calendar_not_covered', issues: [{ field: 'date', message: `${yearOf(date)} 年不在工作日历范围内` }] },
  );
}

/** The year's official schedule is known. */
export function isScheduled(year: number, calendar: WorkingDayCalendar): boolean {
  return calendar.scheduledYears.has(year);
}

/** The calendar can tell whether the date is a working day (officially or by estimate). */
export function isCovered(date: string, calendar: WorkingDayCalendar): boolean {
  assertIsoDate(date);
  const year = yearOf(date);
  return calendar.scheduledYears.has(year) || (calendar.provisional?.(year) ?? null) !== null;
}

export function isWorkingDay(date: string, calendar: WorkingDayCalendar): boolean {
  assertIsoDate(date);
  // Official marks first: a notice may set days of the neighbouring year (2023's 元旦 began 2022-12-31).
  if (calendar.workdays.has(date)) return true;
  if (calendar.holidays.has(date)) return false;
  const year = yearOf(date);
  if (!calendar.scheduledYears.has(year)) {
    const statutory = calendar.provisional?.(year) ?? null;
    if (statutory === null) throw calendarNotCovered(date, calendar);
    if (statutory.has(date)) return false;
  }
  const weekday = dayOfWeek(date);
  return weekday !== 0 && weekday !== 6;
}

function assertCount(n: number): void {
  if (!Number.isSafeInteger(n)) throw new DomainError('bad_request', `工作日天数应为整数，收到 ${n}`, { reason: 'invalid_working_days' });
}

/**
 * The day a period of `n` working days ends, and whether it is an estimate. Counting starts the
 * day after `date` (the usual reading of "之日起N个工作日内": the check's end day itself does not
 * count), so the result is the n-th working day after `date`; a negative `n` counts backwards,
 * giving the |n|-th working day before `date`; `n = 0` returns `date` unchanged.
 * Always a working day for n ≠ 0. Provisional when a day counted over lies in an estimated year.
 */
export function workingDayDate(date: string, n: number, calendar: WorkingDayCalendar): CalendarDate {
  assertIsoDate(date);
  assertCount(n);
  const step = n < 0 ? -1 : 1;
  const estimated = new Set<number>();
  let day = date;
  let left = Math.abs(n);
  while (left > 0) {
    day = addCalendarDays(day, step);
    if (isWorkingDay(day, calendar)) left--;
    const year = yearOf(day);
    if (!calendar.scheduledYears.has(year)) estimated.add(year);
  }
  const estimatedYears = [...estimated].sort((a, b) => a - b);
  return { date: day, provisional: estimatedYears.length > 0, estimatedYears };
}

/** `workingDayDate(...).date`: the n-th working day after (n < 0: before) `date`. */
export function addWorkingDays(date: string, n: number, calendar: WorkingDayCalendar): string {
  return workingDayDate(date, n, calendar).date;
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
 * Builds a calendar from yearly schedules (any years, one schedule per year) and an optional
 * provisional rule for the other years. Refuses a year given twice, make-up days that are not
 * weekends and dates that are both off and worked — a typo in the data fails loudly.
 */
export function buildCalendar(
  name: string,
  schedules: readonly HolidaySchedule[],
  options: { provisional?: (year: number) => ReadonlySet<string> | null } = {},
): WorkingDayCalendar {
  const scheduledYears = new Set<number>();
  const holidays = new Set<string>();
  const workdays = new Set<string>();
  for (const schedule of schedules) {
    if (scheduledYears.has(schedule.year)) throw new Error(`holiday schedule of ${schedule.year} given twice`);
    scheduledYears.add(schedule.year);
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
  return { name, scheduledYears, holidays, workdays, provisional: options.provisional };
}
