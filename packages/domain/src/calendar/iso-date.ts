import { DomainError } from '../errors.js';
import { isIsoDate } from '../draw/text-rules.js';

/**
 * Calendar dates as 'YYYY-MM-DD' strings (the database's `date` both ways), with arithmetic
 * done on UTC midnights so that no local time zone or daylight-saving rule can shift a day.
 */

const DAY_MS = 86_400_000;
/** China has kept UTC+8 all year since 1991: a fixed offset is exact for every date we handle. */
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

export function assertIsoDate(value: string, field = '日期'): void {
  if (!isIsoDate(value)) {
    throw new DomainError('bad_request', `${field}“${value}”不是有效的日期（应为 YYYY-MM-DD）`, {
      reason: 'invalid_date',
      issues: [{ field, message: '日期格式应为 YYYY-MM-DD' }],
    });
  }
}

function toEpochDay(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / DAY_MS;
}

function fromEpochDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The date `days` calendar days after (negative: before) `date`. */
export function addCalendarDays(date: string, days: number): string {
  assertIsoDate(date);
  return fromEpochDay(toEpochDay(date) + days);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: string): number {
  assertIsoDate(date);
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** Calendar quarter 1–4 of a date. */
export function quarterOf(date: string): 1 | 2 | 3 | 4 {
  assertIsoDate(date);
  return (Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1) as 1 | 2 | 3 | 4;
}

/** The calendar date in Beijing time (Asia/Shanghai) of an instant: "today" for deadlines. */
export function dateInShanghai(instant: Date): string {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}
