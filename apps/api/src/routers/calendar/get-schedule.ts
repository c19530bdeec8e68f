import { listHolidayScheduleDays, listHolidayScheduleVersions } from '@liancha/db';
import { DomainError } from '@liancha/domain';
import { statutoryHolidays, STATUTORY_YEARS } from '@liancha/domain/statutory';
import { scheduleText } from '../../calendar/schedule-entries.js';
import { abilityQuery } from '../../trpc/init.js';
import { ZGetScheduleRequest } from './calendar.schema.js';

/**
 * One year: the version asked for (default: the current one) with its days and as import text,
 * every version, and the statutory days the estimate uses while the year has no schedule.
 */
export const getScheduleRoute = abilityQuery.input(ZGetScheduleRequest).query(async ({ ctx, input }) => {
  const versions = await listHolidayScheduleVersions(ctx.db, input.year);
  const shown =
    input.version === undefined ? (versions.find((v) => v.supersededAt === null) ?? null) : (versions.find((v) => v.version === input.version) ?? null);
  if (input.version !== undefined && !shown)
    throw new DomainError('not_found', `${input.year} 年没有第 ${input.version} 版节假日安排`, { reason: 'calendar.version_not_found' });
  const days = shown ? await listHolidayScheduleDays(ctx.db, shown.id) : [];
  const statutory = input.year >= STATUTORY_YEARS.first && input.year <= STATUTORY_YEARS.last ? statutoryHolidays(input.year) : null;
  return { year: input.year, current: versions.find((v) => v.supersededAt === null) ?? null, shown, days, text: scheduleText(days), versions, statutory };
});
