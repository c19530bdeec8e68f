import { router } from '../../trpc/init.js';
import { regionOverviewRoute } from './region-overview.js';
import { regionsRoute } from './regions.js';

export const publicRouter = router({ regions: regionsRoute, regionOverview: regionOverviewRoute });
