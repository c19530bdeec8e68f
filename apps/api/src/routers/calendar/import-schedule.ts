import { assertPlatformAdmin } from '../../calendar/platform-admin.js';
import { saveSchedule } from '../../calendar/save-schedule.js';
import { parseScheduleText } from '../../calendar/schedule-entries.js';
import { abilityMutation } from '../../trpc/init.js';
import { ZImportScheduleRequest } from './calendar.schema.js';

/** Enter or correct a year's schedule from import text, one line per entry (platform admin). */
export const importScheduleRoute = abilityMutation.input(ZImportScheduleRequest).mutation(({ ctx, input }) => {
  assertPlatformAdmin(ctx.actor); // before parsing: others learn nothing about the text
  const { text, ...header } = input;
  return saveSchedule(ctx, header, parseScheduleText(text));
});
