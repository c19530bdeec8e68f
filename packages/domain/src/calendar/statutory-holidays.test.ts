import chineseDays from 'chinese-days';
import { describe, expect, it } from 'vitest';
import { CN_HOLIDAY_SCHEDULES } from './holidays-cn.js';
import { addCalendarDays } from './iso-date.js';
import { statutoryHolidays, statutoryHolidayDates, STATUTORY_YEARS } from './statutory-holidays.js';

function officialDaysOff(year: number): Set<string> {
  const schedule = CN_HOLIDAY_SCHEDULES.find((s) => s.year === year)!;
  const days = new Set<string>();
  for (const p of schedule.holidays) for (let d = p.from; d <= p.to; d = addCalendarDays(d, 1)) days.add(d);
  return days;
}

describe('statutory holidays of 全国年节及纪念日放假办法', () => {
  it('2027 under the 2024 amendment (国务院令第795号): 13 days, lunar and solar-term days computed', () => {
    const { decree, days } = statutoryHolidays(2027);
    expect(decree).toMatch(/795/);
    expect(days.map((d) => `${d.date} ${d.name}`)).toEqual([
      '2027-01-01 元旦',
      '2027-02-05 春节',
      '2027-02-06 春节',
      '2027-02-07 春节',
      '2027-02-08 春节',
      '2027-04-05 清明节',
      '2027-05-01 劳动节',
      '2027-05-02 劳动节',
      '2027-06-09 端午节',
      '2027-09-15 中秋节',
      '2027-10-01 国庆节',
      '2027-10-02 国庆节',
      '2027-10-03 国庆节',
    ]);
    expect(days.find((d) => d.date === '2027-02-05')?.detail).toBe('除夕');
  });

  it('2024 and earlier under the 2013 version (国务院令第644号): 11 days, 春节 from 正月初一, 劳动节 one day', () => {
    const { decree, days } = statutoryHolidays(2024);
    expect(decree).toMatch(/644/);
    expect(days).toHaveLength(11);
    expect(days.filter((d) => d.name === '春节').map((d) => d.date)).toEqual(['2024-02-10', '2024-02-11', '2024-02-12']);
    expect(days.filter((d) => d.name === '劳动节').map((d) => d.date)).toEqual(['2024-05-01']);
  });

  it('2008–2013 under 国务院令第513号: 春节 from 除夕 to 初二', () => {
    const { decree, days } = statutoryHolidays(2013);
    expect(decree).toMatch(/513/);
    expect(days.filter((d) => d.name === '春节').map((d) => d.date)).toEqual(['2013-02-09', '2013-02-10', '2013-02-11']);
  });

  it('every statutory day of 2020–2026 lies inside an official holiday period of that year', () => {
    for (const schedule of CN_HOLIDAY_SCHEDULES) {
      const off = officialDaysOff(schedule.year);
      const outside = statutoryHolidays(schedule.year).days.filter((d) => !off.has(d.date));
      expect({ year: schedule.year, outside }).toEqual({ year: schedule.year, outside: [] });
    }
  });

  it('every statutory day of 2008–2026 is a day off in the published data of chinese-days', () => {
    const notOff: string[] = [];
    for (let year = 2008; year <= 2026; year++) {
      for (const d of statutoryHolidays(year).days) if (!chineseDays.isHoliday(d.date)) notOff.push(d.date);
    }
    expect(notOff).toEqual([]);
  });

  it('a day that is two festivals at once is one day off (2020: 国庆节 and 中秋节 on 1 October)', () => {
    const { days } = statutoryHolidays(2020);
    expect(days.filter((d) => d.date === '2020-10-01').map((d) => d.name)).toEqual(['中秋节、国庆节']);
    expect(statutoryHolidayDates(2020)?.size).toBe(10);
  });

  it('invents no 补休: a statutory day on a weekend stays the only day off (2027-05-01 is a Saturday)', () => {
    const dates = statutoryHolidayDates(2027)!;
    expect(dates.has('2027-05-01')).toBe(true);
    expect(dates.has('2027-05-03')).toBe(false);
    expect(dates.size).toBe(13);
  });

  it('has no rule before 2008 or past the computed lunar years', () => {
    expect(statutoryHolidayDates(2007)).toBeNull();
    expect(statutoryHolidayDates(STATUTORY_YEARS.last + 1)).toBeNull();
    expect(() => statutoryHolidays(2007)).toThrow(/2008/);
  });
});
