import chineseDays from 'chinese-days';
import { describe, expect, it } from 'vitest';
import { CN_OFFICIAL_CALENDAR } from './holidays-cn.js';
import { addCalendarDays } from './iso-date.js';
import { isWorkingDay } from './working-days.js';

/** Our committed holiday table against the maintained `chinese-days` package, day by day. */
describe('holiday table = chinese-days', () => {
  it('agrees on every day of 2020–2026', () => {
    const diff: string[] = [];
    for (let d = '2020-01-01'; d <= '2026-12-31'; d = addCalendarDays(d, 1)) {
      if (isWorkingDay(d, CN_OFFICIAL_CALENDAR) !== chineseDays.isWorkday(d)) diff.push(d);
    }
    expect(diff).toEqual([]);
  });
});
