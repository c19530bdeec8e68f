import type { callerFor } from '../testing/caller.js';
import type { MatrixWorld, Relation } from './matrix-world.js';

type Api = Awaited<ReturnType<typeof callerFor>>;
type Call = (api: Api, world: MatrixWorld, relation: Relation) => Promise<unknown>;

const lines = [{ sectorCode: 'industry_trade', riskClass: null, expectedPerYear: 1, maxPerYear: 2 }];

/** How to call each 年度检查频次上限 procedure; targets are made fresh per call. */
export const CAPS_CALLS: Record<string, Call> = {
  'public.inspectionCaps': (api) => api.public.inspectionCaps({ regionCode: '350881', year: 2026 }),
  'inspectionCaps.list': (api) => api.inspectionCaps.list({ year: 2026 }),
  'inspectionCaps.history': (api, w, r) => api.inspectionCaps.history({ agencyId: w.pub.agency(r), year: 2026 }),
  'inspectionCaps.publish': (api, w, r) => api.inspectionCaps.publish({ agencyId: w.pub.agency(r), year: 2026, note: '矩阵', lines }),
  'inspectionCaps.ledger': async (api, w, r) => api.inspectionCaps.ledger({ objectId: await w.make.object(r), year: 2026 }),
  'inspectionCaps.warnings': (api) => api.inspectionCaps.warnings({ year: 2026 }),
  'inspectionCaps.figures': (api, w, r) => api.inspectionCaps.figures({ agencyId: w.pub.agency(r), year: 2026 }),
  'inspectionCaps.breaches': (api, w, r) => api.inspectionCaps.breaches({ agencyId: w.pub.agency(r), year: 2026 }),
  'inspectionCaps.report': (api, w, r) => api.inspectionCaps.report({ agencyId: w.pub.agency(r), year: 2026 }),
};
