import { router } from '../../trpc/init.js';
import { checksRoute } from './checks.js';
import { coverageRoute } from './coverage.js';
import { inspectorLoadRoute } from './inspector-load.js';
import { majorHazardsRoute } from './major-hazards.js';
import { timelinessRoute } from './timeliness.js';

/** The leadership group's figures, region-wide; an agency's office sees its own agency's. */
export const oversightRouter = router({
  coverage: coverageRoute,
  checks: checksRoute,
  timeliness: timelinessRoute,
  majorHazards: majorHazardsRoute,
  inspectorLoad: inspectorLoadRoute,
});
