import { router } from '../../trpc/init.js';
import { closeFollowUpRoute } from './close-follow-up.js';
import { createFollowUpRoute } from './create-follow-up.js';
import { getFollowUpRoute } from './get-follow-up.js';
import { listFollowUpsRoute } from './list-follow-ups.js';

/** 后续处置: 责令限期整改、立案查处、移交、移送司法机关、抄告, each tracked to closure. */
export const followUpsRouter = router({ list: listFollowUpsRoute, get: getFollowUpRoute, create: createFollowUpRoute, close: closeFollowUpRoute });
