import { router } from '../../trpc/init.js';
import { downloadEvidenceRoute, uploadEvidenceRoute } from './evidence.js';
import { checkInRoute, checkOutRoute, explainNoCheckInRoute } from './check-presence.js';
import { checkTeamRoute } from './check-team.js';
import { getCheckRoute } from './get-check.js';
import { listChecksRoute, resultLinesRoute } from './list-checks.js';
import { notifyCheckRoute } from './notify-check.js';
import { recordResultRoute } from './record-result.js';
import { recordResultsRoute } from './record-results.js';
import { approveResultsRoute, returnResultsRoute, submitResultsRoute } from './review-results.js';
import { taskChecksRoute } from './task-checks.js';
import { finishCheckRoute, startCheckRoute } from './visit-check.js';
import { visitManyRoute } from './visit-many.js';

/** 检查 (一户一查) and its per-agency, per-item results. */
export const checksRouter = router({
  list: listChecksRoute,
  resultLines: resultLinesRoute,
  get: getCheckRoute,
  ofTask: taskChecksRoute,
  team: checkTeamRoute,
  notify: notifyCheckRoute,
  start: startCheckRoute,
  finish: finishCheckRoute,
  visitMany: visitManyRoute,
  checkIn: checkInRoute,
  checkOut: checkOutRoute,
  explainNoCheckIn: explainNoCheckInRoute,
  recordResult: recordResultRoute,
  recordResults: recordResultsRoute,
  submitResults: submitResultsRoute,
  approveResults: approveResultsRoute,
  returnResults: returnResultsRoute,
  uploadEvidence: uploadEvidenceRoute,
  downloadEvidence: downloadEvidenceRoute,
});
