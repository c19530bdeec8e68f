import type { CurrentHolidaySchedule, HolidayDay } from '@liancha/db';
import { addCalendarDays, dayOfWeek, isIsoDate, type DomainIssue } from '@liancha/domain';
import { statutoryHolidays, STATUTORY_YEARS } from '@liancha/domain/statutory';
import { scheduleRefused, WORKDAY_NAME, type ScheduleEntry } from './schedule-entries.js';

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];
/** A 元旦 holiday may begin in the last days of the previous December (2023's began 2022-12-31). */
const FIRST_DAY = (year: number) => `${year - 1}-12-25`;

/**
 * Checks a year's entries and turns them into days: every date real and inside the year (or
 * the last week of the previous December), make-up working days on Saturdays or Sundays only,
 * no day given twice (so holiday periods do not overlap), at least one day off, and no day that
 * the neighbouring year's current schedule sets the other way. Every fault is reported with
 * its row; nothing is saved unless all rows are right.
 *
 * Returns the days and warnings that do not block saving (a statutory day missing from the
 * days off: the admin should compare with the notice).
 */
export function checkScheduleEntries(
  year: number,
  entries: readonly ScheduleEntry[],
  neighbours: readonly CurrentHolidaySchedule[],
): { days: HolidayDay[]; warnings: string[] } {
  const issues: DomainIssue[] = [];
  const seen = new Map<string, number>();
  const days: HolidayDay[] = [];
  const first = FIRST_DAY(year);
  const last = `${year}-12-31`;
  const setElsewhere = new Map<string, { year: number; kind: HolidayDay['kind'] }>();
  for (const s of neighbours) if (s.year !== year) for (const d of s.days) setElsewhere.set(d.date, { year: s.year, kind: d.kind });

  for (const entry of entries) {
    const { row } = entry;
    const bad = (message: string) => issues.push({ row, field: 'date', message });
    if (!isIsoDate(entry.from)) {
      bad(`日期“${entry.from}”无效，应为 YYYY-MM-DD`);
      continue;
    }
    if (!isIsoDate(entry.to)) {
      bad(`结束日期“${entry.to}”无效，应为 YYYY-MM-DD`);
      continue;
    }
    if (entry.to < entry.from) {
      bad(`结束日期 ${entry.to} 早于起始日期 ${entry.from}`);
      continue;
    }
    if (entry.from < first || entry.to > last) {
      bad(`日期应在 ${year} 年内（元旦假期可从 ${first} 起），${entry.from === entry.to ? entry.from : `${entry.from}~${entry.to}`} 超出`);
      continue;
    }
    const name = entry.name.trim() || (entry.kind === 'workday' ? WORKDAY_NAME : '');
    if (name === '') {
      issues.push({ row, field: 'name', message: '放假日期须填写节日名称，例如 春节' });
      continue;
    }
    if (name.length > 30) {
      issues.push({ row, field: 'name', message: '名称不超过 30 个字' });
      continue;
    }
    const span = spanOf(entry.from, entry.to);
    if (span.length > 31) {
      bad(`一段放假不应超过 31 天（${entry.from}~${entry.to} 共 ${span.length} 天）`);
      continue;
    }
    for (const date of span) {
      const weekday = dayOfWeek(date);
      if (entry.kind === 'workday' && weekday !== 0 && weekday !== 6) {
        bad(`调休上班日应为周六或周日，${date} 是星期${WEEKDAYS[weekday]}`);
        break;
      }
      const before = seen.get(date);
      if (before !== undefined) {
        bad(`${date} 已在第 ${before} 行填写过，同一天只能有一条安排`);
        break;
      }
      const other = setElsewhere.get(date);
      if (other && other.kind !== entry.kind) {
        bad(`${date} 在 ${other.year} 年的安排中为${other.kind === 'holiday' ? '放假' : '调休上班'}，与本行矛盾`);
        break;
      }
      seen.set(date, row);
      days.push({ date, kind: entry.kind, name });
    }
  }
  if (issues.length === 0 && !days.some((d) => d.kind === 'holiday')) issues.push({ field: 'days', message: '至少应有一天放假' });
  if (issues.length > 0) throw scheduleRefused(issues);

  const off = new Set(days.filter((d) => d.kind === 'holiday').map((d) => d.date));
  const warnings =
    year >= STATUTORY_YEARS.first && year <= STATUTORY_YEARS.last
      ? statutoryHolidays(year)
          .days.filter((d) => !off.has(d.date))
          .map((d) => `法定节假日 ${d.date}（${d.name}${d.detail ? `·${d.detail}` : ''}）不在放假日期中，请与通知核对`)
      : [];
  return { days: days.sort((a, b) => (a.date < b.date ? -1 : 1)), warnings };
}

function spanOf(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to && out.length <= 31; d = addCalendarDays(d, 1)) out.push(d);
  return out;
}
