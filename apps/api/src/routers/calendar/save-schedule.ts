import { saveSchedule } from '../../calendar/save-schedule.js';
import { abilityMutation } from '../../trpc/init.js';
import { ZSaveScheduleRequest } from './calendar.schema.js';

/** Enter or correct a year's schedule from structured entries (platform admin); recomputes open deadlines. */
export const saveScheduleRoute = abilityMutation.input(ZSaveScheduleRequest).mutation(({ ctx, input }) => {
  const { entries, ...header } = input;
  return saveSchedule(
    ctx,
    header,
    entries.map((e, i) => ({ row: i + 1, from: e.from, to: e.to ?? e.from, kind: e.kind, name: e.name })),
  );
});
