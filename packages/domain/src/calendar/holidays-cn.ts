import { buildCalendar, type HolidaySchedule } from './working-days.js';

/**
 * One notice's schedule as a row of the table below: holiday periods as '名称 MM-DD~MM-DD' (a single
 * day: '名称 MM-DD') joined by ', ', make-up working days as 'MM-DD' joined by spaces. A day of the
 * notice's year is written without the year; a day of another year (the December before) in full.
 */
function schedule(year: number, notice: string, holidays: string, workdays: string): HolidaySchedule {
  const date = (day: string) => (day.length === 'MM-DD'.length ? `${year}-${day}` : day);
  return {
    year,
    notice,
    holidays: holidays.split(', ').map((period) => {
      const [name = '', days = ''] = period.split(' ');
      const [from = '', to = from] = days.split('~');
      return { name, from: date(from), to: date(to) };
    }),
    workdays: workdays.split(' ').map(date),
  };
}

/**
 * The official holiday schedules of mainland China 2020–2026, as published each year by the
 * General Office of the State Council (国务院办公厅关于某年部分节假日安排的通知).
 *
 * NOT the runtime source: the API reads the schedules from the database (holiday_schedule,
 * seeded with these years by migration 2026-12-04-09-holiday-schedules; later years are entered
 * by the platform admin without a release). This copy is the reference the tests check the
 * arithmetic, the statutory rule and the seed against. Each period is the whole run of days off
 * (weekends inside it included); `workdays` are the Saturdays and Sundays worked.
 *
 * Caveat: a notice may reach back into the last days of December of the previous year
 * (2023's 元旦 began on 2022-12-31); such days are listed under the notice that set them.
 */
export const CN_HOLIDAY_SCHEDULES: readonly HolidaySchedule[] = [
  // The Spring Festival was extended to 2 February by 国办发明电〔2020〕1号, which also cancelled the
  // make-up working day of Saturday 1 February.
  schedule(
    2020,
    '国办发明电〔2019〕16号；国办发明电〔2020〕1号（延长春节假期）',
    '元旦 01-01, 春节 01-24~02-02, 清明节 04-04~04-06, 劳动节 05-01~05-05, 端午节 06-25~06-27, 国庆节、中秋节 10-01~10-08',
    '01-19 04-26 05-09 06-28 09-27 10-10',
  ),
  schedule(
    2021,
    '国办发明电〔2020〕27号',
    '元旦 01-01~01-03, 春节 02-11~02-17, 清明节 04-03~04-05, 劳动节 05-01~05-05, 端午节 06-12~06-14, 中秋节 09-19~09-21, 国庆节 10-01~10-07',
    '02-07 02-20 04-25 05-08 09-18 09-26 10-09',
  ),
  schedule(
    2022,
    '国办发明电〔2021〕11号',
    '元旦 01-01~01-03, 春节 01-31~02-06, 清明节 04-03~04-05, 劳动节 04-30~05-04, 端午节 06-03~06-05, 中秋节 09-10~09-12, 国庆节 10-01~10-07',
    '01-29 01-30 04-02 04-24 05-07 10-08 10-09',
  ),
  schedule(
    2023,
    '国办发明电〔2022〕16号',
    '元旦 2022-12-31~01-02, 春节 01-21~01-27, 清明节 04-05, 劳动节 04-29~05-03, 端午节 06-22~06-24, 中秋节、国庆节 09-29~10-06',
    '01-28 01-29 04-23 05-06 06-25 10-07 10-08',
  ),
  schedule(
    2024,
    '国办发明电〔2023〕7号',
    '元旦 01-01, 春节 02-10~02-17, 清明节 04-04~04-06, 劳动节 05-01~05-05, 端午节 06-10, 中秋节 09-15~09-17, 国庆节 10-01~10-07',
    '02-04 02-18 04-07 04-28 05-11 09-14 09-29 10-12',
  ),
  schedule(
    2025,
    '国办发明电〔2024〕12号',
    '元旦 01-01, 春节 01-28~02-04, 清明节 04-04~04-06, 劳动节 05-01~05-05, 端午节 05-31~06-02, 国庆节、中秋节 10-01~10-08',
    '01-26 02-08 04-27 09-28 10-11',
  ),
  schedule(
    2026,
    '国办发明电〔2025〕7号',
    '元旦 01-01~01-03, 春节 02-15~02-23, 清明节 04-04~04-06, 劳动节 05-01~05-05, 端午节 06-19~06-21, 中秋节 09-25~09-27, 国庆节 10-01~10-07',
    '01-04 02-14 02-28 05-09 09-20 10-10',
  ),
];

/** The official calendar of mainland China for the years above. */
export const CN_OFFICIAL_CALENDAR = buildCalendar('国务院办公厅节假日安排', CN_HOLIDAY_SCHEDULES);
