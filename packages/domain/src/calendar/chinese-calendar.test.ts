import chineseDays from 'chinese-days';
import { describe, expect, it } from 'vitest';
import { CN_HOLIDAY_SCHEDULES } from './holidays-cn.js';
import { addCalendarDays } from './iso-date.js';
import { lunarDate, lunarNewYearsEve, qingming, springFestival, CHINESE_CALENDAR_YEARS } from './chinese-calendar.js';

/** ICU's Chinese calendar (Node's Intl), read back as numbers; a leap month reads like "5bis". */
const icu = new Intl.DateTimeFormat('en-u-ca-chinese', { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC' });
function icuLunar(date: string): { year: number; month: string; day: number } {
  const parts = Object.fromEntries(icu.formatToParts(new Date(`${date}T00:00:00Z`)).map((p) => [p.type, p.value]));
  return { year: Number(parts.relatedYear), month: String(parts.month), day: Number(parts.day) };
}

const YEARS = Array.from({ length: CHINESE_CALENDAR_YEARS.last - CHINESE_CALENDAR_YEARS.first + 1 }, (_, i) => CHINESE_CALENDAR_YEARS.first + i);
/** 春节, 端午 and 中秋 (lunar month and day) of every year. */
const FESTIVALS = YEARS.flatMap((year) =>
  (
    [
      [1, 1],
      [5, 5],
      [8, 15],
    ] as const
  ).map(([month, day]) => ({ year, month, day })),
);

describe('lunar dates (寿星天文历 algorithm via lunar-typescript)', () => {
  it('2027: 春节 2027-02-06 (正月初一), 除夕 2027-02-05, 端午 2027-06-09, 中秋 2027-09-15', () => {
    expect(springFestival(2027)).toBe('2027-02-06');
    expect(lunarNewYearsEve(2027)).toBe('2027-02-05');
    expect(lunarDate(2027, 5, 5)).toBe('2027-06-09');
    expect(lunarDate(2027, 8, 15)).toBe('2027-09-15');
  });

  it('除夕 is the last day of the twelfth month, which has 29 or 30 days', () => {
    // 2025's 除夕 (2025-01-28) is 腊月廿九: the twelfth month of 2024 has 29 days; 2024's is 腊月三十.
    expect(lunarNewYearsEve(2025)).toBe('2025-01-28');
    expect(lunarDate(2024, 12, 29)).toBe('2025-01-28');
    expect(lunarNewYearsEve(2024)).toBe('2024-02-09');
    expect(lunarDate(2023, 12, 30)).toBe('2024-02-09');
    for (const year of YEARS) {
      const eve = lunarNewYearsEve(year);
      const day29 = lunarDate(year - 1 > CHINESE_CALENDAR_YEARS.first ? year - 1 : year, 12, 29);
      if (year - 1 > CHINESE_CALENDAR_YEARS.first) expect([day29, addCalendarDays(day29, 1)]).toContain(eve);
      expect(addCalendarDays(eve, 1)).toBe(springFestival(year));
    }
  });

  it('the regular month is meant, not its leap repeat: 2028 has a leap fifth month, 2023 a leap second', () => {
    expect(lunarDate(2028, 5, 5)).toBe('2028-05-28');
    expect(icuLunar('2028-06-23').month).toBe('5bis'); // 闰五月初一 comes after 端午
    expect(lunarDate(2023, 3, 1)).toBe('2023-04-20'); // after 闰二月 (2023-03-22 … 04-19)
  });

  it('agrees with ICU (Node Intl) on 春节/端午/中秋 1901–2099 except where ICU misplaces a new moon next to Beijing midnight', () => {
    const differ: string[] = [];
    for (const { year, month, day } of FESTIVALS) {
      const ours = lunarDate(year, month, day);
      const theirs = icuLunar(ours);
      if (theirs.year !== year || theirs.month !== String(month) || theirs.day !== day) differ.push(`${year}-${month}-${day}`);
    }
    // ICU puts these new moons (e.g. 2027-02-06 23:56 Beijing time) after midnight and starts the
    // month a day late; the 紫金山天文台 almanac and the Hong Kong Observatory start it on the 6th.
    expect(differ.every((d) => ['1954-1-1', '2027-1-1', '2030-1-1'].includes(d))).toBe(true);
    expect(differ).toContain('2027-1-1');
  });

  it('agrees with the tabulated lunar data of chinese-days on 春节/端午/中秋 1901–2099 (one known table slip)', () => {
    const differ: string[] = [];
    for (const { year, month, day } of FESTIVALS) {
      const key = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      if (lunarDate(year, month, day) !== chineseDays.getSolarDateFromLunar(key).date) differ.push(key);
    }
    // 1996's 中秋 was Friday 27 September; the table of chinese-days gives the 26th.
    expect(differ).toEqual(['1996-08-15']);
  });

  it('refuses years it does not compute', () => {
    expect(() => lunarDate(1800, 1, 1)).toThrow(/1901–2099/);
    expect(() => lunarDate(2027, 13, 1)).toThrow();
    expect(() => lunarDate(2027, 1, 31)).toThrow();
  });
});

describe('清明 (solar longitude 15°, Beijing date)', () => {
  it('matches known 清明 dates', () => {
    const known: Record<number, string> = {
      2008: '2008-04-04',
      2010: '2010-04-05',
      2014: '2014-04-05',
      2015: '2015-04-05',
      2016: '2016-04-04',
      2019: '2019-04-05',
      2020: '2020-04-04',
      2021: '2021-04-04',
      2022: '2022-04-05',
      2023: '2023-04-05',
      2024: '2024-04-04',
      2025: '2025-04-04',
      2026: '2026-04-05',
      2027: '2027-04-05',
      2028: '2028-04-04',
    };
    for (const [year, date] of Object.entries(known)) expect(qingming(Number(year))).toBe(date);
  });

  it('falls inside the official 清明节 period of every shipped schedule', () => {
    for (const schedule of CN_HOLIDAY_SCHEDULES) {
      const period = schedule.holidays.find((p) => p.name.includes('清明'))!;
      const day = qingming(schedule.year);
      expect(day >= period.from && day <= period.to).toBe(true);
    }
  });

  it('agrees with the solar-term formula of chinese-days for 1901–2099', () => {
    const differ = YEARS.filter((year) => qingming(year) !== chineseDays.getSolarTermDate(year, 4, 'pure_brightness'));
    expect(differ).toEqual([]);
  });
});
