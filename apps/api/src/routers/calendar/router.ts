import { router } from '../../trpc/init.js';
import { getScheduleRoute } from './get-schedule.js';
import { importScheduleRoute } from './import-schedule.js';
import { listSchedulesRoute } from './list-schedules.js';
import { saveScheduleRoute } from './save-schedule.js';

/** The official holiday schedules (节假日安排): read by everyone logged in, entered by the platform admin. */
export const calendarRouter = router({
  schedules: router({ list: listSchedulesRoute, get: getScheduleRoute, save: saveScheduleRoute, import: importScheduleRoute }),
});
