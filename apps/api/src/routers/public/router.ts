import { router } from '../../trpc/init.js';
import { auditAnchorsRoute } from './audit-anchors.js';
import { auditCheckRoute } from './audit-check.js';
import { enterpriseRecordRoute } from './enterprise-record.js';
import { enterpriseSearchRoute } from './enterprise-search.js';
import { inspectionCodeRoute } from './inspection-code.js';
import { publicInspectionCapsRoute } from './inspection-caps.js';
import { regionOverviewRoute } from './region-overview.js';
import { regionsRoute } from './regions.js';

export const publicRouter = router({
  regions: regionsRoute,
  regionOverview: regionOverviewRoute,
  auditAnchors: auditAnchorsRoute,
  auditCheck: auditCheckRoute,
  inspectionCode: inspectionCodeRoute,
  inspectionCaps: publicInspectionCapsRoute,
  enterpriseSearch: enterpriseSearchRoute,
  enterpriseRecord: enterpriseRecordRoute,
});
