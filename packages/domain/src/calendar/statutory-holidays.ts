import { DomainError } from '../errors.js';
import { CHINESE_CALENDAR_YEARS, lunarDate, lunarNewYearsEve, qingming } from './chinese-calendar.js';

/**
 * The statutory public holidays (全体公民放假的节日) of 全国年节及纪念日放假办法 for a year, under
 * the version in force that year. These are the only days off known before the State Council's
 * yearly schedule (放假调休安排) is published; that schedule adds bridging days and the weekend
 * days worked in exchange (调休), and compensates a statutory day that falls on a weekend. None
 * of that is guessed here: a provisional calendar uses exactly these days plus weekends.
 */
export interface StatutoryDay {
  date: string;
  /** The festival, e.g. 春节; two on one day are joined: 国庆节、中秋节. */
  name: string;
  /** Which day of the festival when it has several named ones, e.g. 除夕, 正月初一. */
  detail?: string;
}

interface Law {
  decree: string;
  from: number;
  to: number;
  days(year: number): StatutoryDay[];
}

const fixed = (year: number, mmdd: string, name: string): StatutoryDay => ({ date: `${year}-${mmdd}`, name });
const lunar = (year: number, month: number, day: number, name: string, detail?: string): StatutoryDay => ({
  date: lunarDate(year, month, day),
  name,
  ...(detail ? { detail } : {}),
});
const eve = (year: number): StatutoryDay => ({ date: lunarNewYearsEve(year), name: '春节', detail: '除夕' });
const springDays = (year: number, count: number): StatutoryDay[] =>
  Array.from({ length: count }, (_, i) => lunar(year, 1, i + 1, '春节', ['正月初一', '正月初二', '正月初三'][i]));

/** The festivals every version shares, after 春节. */
function common(year: number, mayDays: number): StatutoryDay[] {
  return [
    { date: qingming(year), name: '清明节' },
    ...Array.from({ length: mayDays }, (_, i) => fixed(year, `05-0${i + 1}`, '劳动节')),
    lunar(year, 5, 5, '端午节'),
    lunar(year, 8, 15, '中秋节'),
    fixed(year, '10-01', '国庆节'),
    fixed(year, '10-02', '国庆节'),
    fixed(year, '10-03', '国庆节'),
  ];
}

const LAWS: readonly Law[] = [
  // 2007 revision: 清明、端午、中秋 added; 劳动节 cut to one day; 春节 from 除夕.
  {
    decree: '国务院令第513号（2007年修订，2008年1月1日起施行）',
    from: 2008,
    to: 2013,
    days: (y) => [fixed(y, '01-01', '元旦'), eve(y), ...springDays(y, 2), ...common(y, 1)],
  },
  // 2013 revision: 春节 from 正月初一 instead of 除夕.
  {
    decree: '国务院令第644号（2013年修订，2014年1月1日起施行）',
    from: 2014,
    to: 2024,
    days: (y) => [fixed(y, '01-01', '元旦'), ...springDays(y, 3), ...common(y, 1)],
  },
  // 2024 revision: 除夕 back and 劳动节 two days — 13 days in all.
  {
    decree: '国务院令第795号（2024年修订，2025年1月1日起施行）',
    from: 2025,
    to: CHINESE_CALENDAR_YEARS.last,
    days: (y) => [fixed(y, '01-01', '元旦'), eve(y), ...springDays(y, 3), ...common(y, 2)],
  },
];

/** The years a statutory rule is known for. */
export const STATUTORY_YEARS = { first: LAWS[0]!.from, last: LAWS[LAWS.length - 1]!.to } as const;

/** The statutory days off of `year`, in date order, with the decree that sets them. */
export function statutoryHolidays(year: number): { decree: string; days: StatutoryDay[] } {
  const law = LAWS.find((l) => year >= l.from && year <= l.to);
  if (!law) {
    throw new DomainError('bad_request', `法定节假日只推算 ${STATUTORY_YEARS.first}–${STATUTORY_YEARS.last} 年，收到 ${year}`, {
      reason: 'statutory_year_out_of_range',
    });
  }
  const byDate = new Map<string, StatutoryDay>();
  for (const day of law.days(year)) {
    const same = byDate.get(day.date);
    byDate.set(day.date, same ? { ...same, name: `${same.name}、${day.name}` } : day);
  }
  return { decree: law.decree, days: [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : 1)) };
}

const cache = new Map<number, ReadonlySet<string>>();

/** The statutory days off of `year` as a set (memoised), or null for a year without a known rule. */
export function statutoryHolidayDates(year: number): ReadonlySet<string> | null {
  if (!Number.isInteger(year) || year < STATUTORY_YEARS.first || year > STATUTORY_YEARS.last) return null;
  let dates = cache.get(year);
  if (!dates) {
    dates = new Set(statutoryHolidays(year).days.map((d) => d.date));
    cache.set(year, dates);
  }
  return dates;
}
