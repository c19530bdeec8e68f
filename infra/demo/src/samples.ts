import { readFileSync } from 'node:fs';

/**
 * A 2027 holiday schedule in the admin's import format, for tests and for trying the import (not
 * the real notice). Its 元旦 reaches back to Thursday 31 December 2026, as 2023's reached back to
 * 2022-12-31, so deadlines running over New Year move by a day against the estimate. The API's
 * tests and the browser spec (e2e/specs/agency-calendar.spec.ts) read this one file.
 */
export function holidaySchedule2027Sample(): string {
  return readFileSync(new URL('../samples/holiday-schedule-2027.txt', import.meta.url), 'utf8').trimEnd();
}
