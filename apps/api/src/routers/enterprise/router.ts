import { router } from '../../trpc/init.js';
import { activateRoute } from './activate.js';
import { enterpriseCapsRoute } from './caps.js';
import { enterpriseDrawsRoute } from './draws.js';
import { complainRoute, rateCheckRoute } from './rate-check.js';
import { enterpriseRecordRoute } from './record.js';
import { requestRecusalRoute } from './request-recusal.js';
import { enterpriseLogoutRoute, enterpriseMeRoute } from './session.js';

/** The enterprise's own area: signed in with a one-time activation code, it reads its record and acts on its checks. */
export const enterpriseRouter = router({
  activate: activateRoute,
  me: enterpriseMeRoute,
  logout: enterpriseLogoutRoute,
  record: enterpriseRecordRoute,
  draws: enterpriseDrawsRoute,
  caps: enterpriseCapsRoute,
  requestRecusal: requestRecusalRoute,
  rate: rateCheckRoute,
  complain: complainRoute,
});
