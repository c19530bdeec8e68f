import { listHolidaySchedules } from '@liancha/db';
import { dateInShanghai } from '@liancha/domain';
import { scheduleReminder } from '../../calendar/schedule-reminder.js';
import { abilityQuery } from '../../trpc/init.js';
import { ZListSchedulesRequest } from './calendar.schema.js';

/**
 * The current schedule of every entered year (national data: every logged-in user may read it),
 * and what the platform admin must enter now (this year's, or from 1 November next year's).
 */
export const listSchedulesRoute = abilityQuery.input(ZListSchedulesRequest).query(async ({ ctx }) => {
  const today = dateInShanghai(ctx.now());
  const years = await listHolidaySchedules(ctx.db);
  return { today, years, reminder: scheduleReminder(today, new Set(years.map((y) => y.year))) };
});
