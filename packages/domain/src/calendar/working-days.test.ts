import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CN_HOLIDAY_SCHEDULES, CN_OFFICIAL_CALENDAR as CN } from './holidays-cn.js';
import { addCalendarDays, dateInShanghai, dayOfWeek, quarterOf } from './iso-date.js';
import { statutoryHolidayDates } from './statutory-holidays.js';
import { addWorkingDays, buildCalendar, describeYears, isWorkingDay, workingDayDate, workingDaysBetween } from './working-days.js';

/** The 20-working-day publication deadline of a check ending on `ended`. */
const due = (ended: string) => addWorkingDays(ended, 20, CN);

describe('working days on the official calendar: 2020', () => {
  it('a check ending on Friday 2020-01-17, before the Spring Festival extended to 2 February', () => {
    // Sunday 19 January was worked; 24 January – 2 February off; Saturday 1 February,
    // first announced as a make-up day, was cancelled by the extension.
    expect(isWorkingDay('2020-01-19', CN)).toBe(true);
    expect(isWorkingDay('2020-01-31', CN)).toBe(false);
    expect(isWorkingDay('2020-02-01', CN)).toBe(false);
    expect(isWorkingDay('2020-02-03', CN)).toBe(true);
    expect(addWorkingDays('2020-01-17', 5, CN)).toBe('2020-01-23');
    expect(addWorkingDays('2020-01-17', 6, CN)).toBe('2020-02-03');
    expect(due('2020-01-17')).toBe('2020-02-21');
  });

  it('a check ending on 2020-09-30, across 国庆+中秋 (1–8 October) with 27 September and 10 October worked', () => {
    expect(isWorkingDay('2020-09-27', CN)).toBe(true);
    expect(isWorkingDay('2020-10-08', CN)).toBe(false);
    expect(isWorkingDay('2020-10-10', CN)).toBe(true);
    expect(addWorkingDays('2020-09-30', 1, CN)).toBe('2020-10-09');
    expect(addWorkingDays('2020-09-30', 2, CN)).toBe('2020-10-10');
    expect(due('2020-09-30')).toBe('2020-11-04');
    // Ending the Friday before, the Sunday make-up day is the first day counted.
    expect(addWorkingDays('2020-09-25', 1, CN)).toBe('2020-09-27');
    expect(due('2020-09-25')).toBe('2020-10-29');
  });
});

describe('working days on the official calendar: 2025', () => {
  it('春节 28 January – 4 February with 26 January and 8 February worked', () => {
    expect(isWorkingDay('2025-01-26', CN)).toBe(true);
    expect(isWorkingDay('2025-01-28', CN)).toBe(false);
    expect(isWorkingDay('2025-02-04', CN)).toBe(false);
    expect(isWorkingDay('2025-02-08', CN)).toBe(true);
    expect(addWorkingDays('2025-01-24', 1, CN)).toBe('2025-01-26');
    expect(addWorkingDays('2025-01-24', 3, CN)).toBe('2025-02-05');
    expect(due('2025-01-24')).toBe('2025-02-27');
  });

  it('国庆+中秋 1–8 October with 28 September and 11 October worked', () => {
    expect(isWorkingDay('2025-09-28', CN)).toBe(true);
    expect(isWorkingDay('2025-10-06', CN)).toBe(false);
    expect(isWorkingDay('2025-10-08', CN)).toBe(false);
    expect(isWorkingDay('2025-10-11', CN)).toBe(true);
    expect(addWorkingDays('2025-09-30', 1, CN)).toBe('2025-10-09');
    expect(addWorkingDays('2025-09-30', 3, CN)).toBe('2025-10-11');
    expect(due('2025-09-26')).toBe('2025-10-30');
  });

  it('an ordinary stretch is four calendar weeks', () => {
    expect(due('2025-03-07')).toBe('2025-04-07'); // 清明 4–6 April pushes it past the weekend
    expect(due('2025-11-07')).toBe('2025-12-05');
  });
});

describe('counting rules', () => {
  it('the end day itself does not count, n = 0 is the day itself, negative n counts back', () => {
    expect(addWorkingDays('2025-11-03', 1, CN)).toBe('2025-11-04');
    expect(addWorkingDays('2025-11-08', 0, CN)).toBe('2025-11-08');
    expect(addWorkingDays('2025-10-09', -1, CN)).toBe('2025-09-30');
    expect(addWorkingDays('2025-10-13', -2, CN)).toBe('2025-10-10');
  });

  it('workingDaysBetween counts from < d ≤ to', () => {
    expect(workingDaysBetween('2025-09-30', '2025-10-11', CN)).toBe(3);
    expect(workingDaysBetween('2025-10-11', '2025-09-30', CN)).toBe(-3);
    expect(workingDaysBetween('2025-10-01', '2025-10-01', CN)).toBe(0);
  });

  it('refuses a date outside the covered years instead of guessing', () => {
    expect(() => isWorkingDay('2019-12-31', CN)).toThrow(/未收录 2019 年/);
    expect(() => isWorkingDay('2027-01-04', CN)).toThrow(/未收录 2027 年.*2020–2026/);
    expect(() => addWorkingDays('2026-12-15', 20, CN)).toThrow(expect.objectContaining({ reason: 'calendar_not_covered', kind: 'precondition_failed' }));
    expect(() => addWorkingDays('2020-01-02', -2, CN)).toThrow(/2019/);
    expect(() => isWorkingDay('2025-02-30', CN)).toThrow(/不是有效的日期/);
    expect(() => addWorkingDays('2025-01-01', 1.5, CN)).toThrow(/整数/);
  });
});

// Far enough from both ends that counting forwards and back stays inside 2020–2026.
const coveredDate = fc.integer({ min: 45, max: 2555 - 60 }).map((offset) => addCalendarDays('2020-01-01', offset));

describe('properties over 2020–2026', () => {
  it('addWorkingDays never lands on a holiday or an ordinary weekend, and inverts workingDaysBetween', () => {
    fc.assert(
      fc.property(coveredDate, fc.integer({ min: 1, max: 25 }), (date, n) => {
        const end = addWorkingDays(date, n, CN);
        expect(CN.holidays.has(end)).toBe(false);
        expect(isWorkingDay(end, CN)).toBe(true);
        expect(workingDaysBetween(date, end, CN)).toBe(n);
        expect(addWorkingDays(end, -n, CN) <= date).toBe(true);
      }),
    );
  });

  it('is monotone: a later end date never gives an earlier deadline', () => {
    fc.assert(
      fc.property(coveredDate, fc.integer({ min: 1, max: 30 }), (date, gap) => {
        expect(due(date) <= due(addCalendarDays(date, gap))).toBe(true);
      }),
    );
  });

  it('every make-up Saturday or Sunday counts as a working day', () => {
    let saturdays = 0;
    for (const day of CN.workdays) {
      expect(isWorkingDay(day, CN)).toBe(true);
      expect([0, 6]).toContain(dayOfWeek(day));
      if (dayOfWeek(day) === 6) {
        saturdays++;
        // Counting from the Friday before, the make-up Saturday is the very next working day.
        expect(addWorkingDays(addCalendarDays(day, -1), 1, CN)).toBe(day);
      }
    }
    expect(saturdays).toBeGreaterThan(10);
  });
});

describe('the shipped schedules', () => {
  it('hold the published numbers of days off and make-up days per notice', () => {
    const counts = Object.fromEntries(
      CN_HOLIDAY_SCHEDULES.map((s) => {
        let off = 0;
        for (const p of s.holidays) for (let d = p.from; d <= p.to; d = addCalendarDays(d, 1)) off++;
        return [s.year, [off, s.workdays.length]];
      }),
    );
    expect(counts).toEqual({ 2020: [30, 6], 2021: [31, 7], 2022: [31, 7], 2023: [27, 7], 2024: [28, 8], 2025: [28, 5], 2026: [33, 6] });
    expect(CN_HOLIDAY_SCHEDULES.every((s) => /国办发明电〔\d{4}〕\d+号/.test(s.notice))).toBe(true);
    expect(describeYears(CN.scheduledYears)).toBe('2020–2026');
  });

  it('buildCalendar refuses a year twice, weekday make-up days and contradictions', () => {
    const base = { notice: 'x', holidays: [], workdays: [] };
    expect(() =>
      buildCalendar('t', [
        { ...base, year: 2020 },
        { ...base, year: 2020 },
      ]),
    ).toThrow(/twice/);
    expect(
      describeYears(
        buildCalendar('t', [
          { ...base, year: 2020 },
          { ...base, year: 2022 },
          { ...base, year: 2023 },
        ]).scheduledYears,
      ),
    ).toBe('2020、2022–2023');
    expect(() => buildCalendar('t', [{ ...base, year: 2025, workdays: ['2025-02-07'] }])).toThrow(/not a weekend/);
    expect(() =>
      buildCalendar('t', [{ ...base, year: 2025, holidays: [{ name: 'x', from: '2025-02-08', to: '2025-02-08' }], workdays: ['2025-02-08'] }]),
    ).toThrow(/both/);
  });
});

describe('dates', () => {
  it('today in Beijing and quarters', () => {
    expect(dateInShanghai(new Date('2026-03-31T15:59:59Z'))).toBe('2026-03-31');
    expect(dateInShanghai(new Date('2026-03-31T16:00:00Z'))).toBe('2026-04-01');
    expect([quarterOf('2026-03-31'), quarterOf('2026-04-01'), quarterOf('2026-12-31')]).toEqual([1, 2, 4]);
  });
});

/** The shipped schedules plus the statutory rule for the years without one (as the API builds it). */
const PROVISIONAL = buildCalendar('test', CN_HOLIDAY_SCHEDULES, { provisional: statutoryHolidayDates });

describe('years without an official schedule: estimated from weekends and statutory days (预计)', () => {
  it('a check ending 2026-12-20 is due 2027-01-18, flagged as an estimate resting on 2027', () => {
    // 21–25 and 28–31 December (9), 元旦 Friday 1 January off, 4–8 (14), 11–15 (19), Monday 18 January.
    expect(workingDayDate('2026-12-20', 20, PROVISIONAL)).toEqual({ date: '2027-01-18', provisional: true, estimatedYears: [2027] });
    // The strict calendar still refuses to guess.
    expect(() => addWorkingDays('2026-12-20', 20, CN)).toThrow(/未收录 2027 年/);
  });

  it('a deadline counted wholly inside scheduled years is official', () => {
    expect(workingDayDate('2026-11-02', 20, PROVISIONAL)).toEqual({ date: '2026-11-30', provisional: false, estimatedYears: [] });
    expect(workingDayDate('2026-11-02', 20, PROVISIONAL).date).toBe(addWorkingDays('2026-11-02', 20, CN));
  });

  it('in an estimated year the statutory days are off, weekends too, and no 补休 or 调休 is invented', () => {
    expect(isWorkingDay('2027-02-05', PROVISIONAL)).toBe(false); // 除夕, Friday
    expect(isWorkingDay('2027-02-08', PROVISIONAL)).toBe(false); // 正月初三, Monday
    expect(isWorkingDay('2027-02-09', PROVISIONAL)).toBe(true); // no bridging day guessed
    expect(isWorkingDay('2027-05-03', PROVISIONAL)).toBe(true); // 劳动节 on Sat–Sun: no 补休
    expect(isWorkingDay('2027-02-20', PROVISIONAL)).toBe(false); // a Saturday: no 调休 guessed
  });

  it('entering the year moves the estimate: the same check is due on the official calendar', () => {
    const with2027 = buildCalendar(
      'test',
      [
        ...CN_HOLIDAY_SCHEDULES,
        {
          year: 2027,
          notice: '测试',
          holidays: [
            { name: '元旦', from: '2027-01-01', to: '2027-01-03' },
            { name: '春节', from: '2027-02-05', to: '2027-02-11' },
          ],
          workdays: ['2027-01-09'],
        },
      ],
      { provisional: statutoryHolidayDates },
    );
    expect(workingDayDate('2026-12-20', 20, with2027)).toEqual({ date: '2027-01-15', provisional: false, estimatedYears: [] });
  });

  it('years with no rule at all are still refused', () => {
    expect(() => isWorkingDay('2007-05-08', PROVISIONAL)).toThrow(/未收录 2007 年的节假日安排（现有 2020–2026 年）/);
  });
});
