// A separate entry (`@liancha/domain/statutory`): the lunar and solar-term computation pulls in
// lunar-typescript (~400 kB), which the portals, importing the main entry, must not bundle.
export { CHINESE_CALENDAR_YEARS, lunarDate, lunarNewYearsEve, qingming, springFestival } from './calendar/chinese-calendar.js';
export { STATUTORY_YEARS, statutoryHolidayDates, statutoryHolidays, type StatutoryDay } from './calendar/statutory-holidays.js';
