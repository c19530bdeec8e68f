import { Lunar } from 'lunar-typescript';
import { DomainError } from '../errors.js';
import { addCalendarDays } from './iso-date.js';

/**
 * Dates of the Chinese lunisolar calendar (农历) and of the 清明 solar term, computed — never
 * tabulated by hand — with lunar-typescript, which implements the 寿星天文历 algorithm (new moons
 * and solar terms from truncated VSOP87/ELP series with ΔT, in Beijing time). We use it rather
 * than Node's ICU (`Intl.DateTimeFormat('zh-CN-u-ca-chinese')`): ICU's lower-precision astronomy
 * places the new moon of 2027-02-06 23:56 (Beijing) after midnight and so starts 2027's first
 * month a day late (also 1954 and 2030); the tests cross-check both and a tabulated source.
 */

/** The years these functions answer for (the lunar years whose months lie in these Gregorian years). */
export const CHINESE_CALENDAR_YEARS = { first: 1901, last: 2099 } as const;

function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < CHINESE_CALENDAR_YEARS.first || year > CHINESE_CALENDAR_YEARS.last) {
    throw new DomainError('bad_request', `农历和节气只计算 ${CHINESE_CALENDAR_YEARS.first}–${CHINESE_CALENDAR_YEARS.last} 年，收到 ${year}`, {
      reason: 'lunar_year_out_of_range',
    });
  }
}

/**
 * The Gregorian date ('YYYY-MM-DD') of day `day` of the regular (not leap) month `month` of the
 * lunar year that begins in Gregorian year `lunarYear`. Festivals fall in the regular month:
 * in a year with a leap fifth month (2028), 端午 is in the first fifth month.
 */
export function lunarDate(lunarYear: number, month: number, day: number): string {
  assertYear(lunarYear);
  if (!Number.isInteger(month) || month < 1 || month > 12 || !Number.isInteger(day) || day < 1 || day > 30) {
    throw new DomainError('bad_request', `农历月日无效：${month}月${day}日`, { reason: 'invalid_lunar_date' });
  }
  const solar = Lunar.fromYmd(lunarYear, month, day).getSolar();
  // lunar-typescript rolls an impossible 30th into the next month; refuse instead.
  const back = solar.getLunar();
  if (back.getYear() !== lunarYear || back.getMonth() !== month || back.getDay() !== day) {
    throw new DomainError('bad_request', `农历 ${lunarYear} 年${month}月没有${day}日`, { reason: 'invalid_lunar_date' });
  }
  return solar.toYmd();
}

/** 正月初一 (the Spring Festival) of Gregorian year `year`. */
export function springFestival(year: number): string {
  return lunarDate(year, 1, 1);
}

/** 除夕: the day before 正月初一 — the last day of the twelfth month, whether it has 29 or 30 days. */
export function lunarNewYearsEve(year: number): string {
  return addCalendarDays(springFestival(year), -1);
}

/** 清明: the Beijing date on which the Sun's apparent longitude reaches 15°. */
export function qingming(year: number): string {
  assertYear(year);
  const day = Lunar.fromYmd(year, 1, 1).getJieQiTable()['清明'];
  if (!day || day.getYear() !== year) throw new Error(`清明 of ${year} not found in the solar-term table`);
  return day.toYmd();
}
