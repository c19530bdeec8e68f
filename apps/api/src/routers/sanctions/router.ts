import { router } from '../../trpc/init.js';
import { createSanctionRoute } from './create-sanction.js';
import { getSanctionRoute } from './get-sanction.js';
import { listSanctionsRoute } from './list-sanctions.js';
import { approveSanctionRoute, publishSanctionRoute } from './sanction-steps.js';
import { updateSanctionRoute } from './update-sanction.js';

/** 行政处罚: draft → approved (leader, credit record) → published (coordinator, then immutable). */
export const sanctionsRouter = router({
  list: listSanctionsRoute,
  get: getSanctionRoute,
  create: createSanctionRoute,
  update: updateSanctionRoute,
  approve: approveSanctionRoute,
  publish: publishSanctionRoute,
});
