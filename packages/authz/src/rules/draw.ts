import type { UserRuleContext } from './context.js';
import { AGENCY_ROLES } from './roles.js';

/** Draw and DrawEntropy. */
export function drawRules(ctx: UserRuleContext): void {
  ctx.regionWideRead(['Draw', 'DrawEntropy']);
  const agency = ctx.agencyId;
  if (agency === null) return;

  if (ctx.has(...AGENCY_ROLES)) ctx.canInAny('read', ['Draw', 'DrawEntropy'], 'taskId', ctx.taskIds);
  if (ctx.has('coordinator')) {
    // The lead freezes, runs and substitutes.
    ctx.canInAny(['create', 'update'], 'Draw', 'taskId', ctx.leadTaskIds);
    // Each agency commits and reveals its own secret; the lead never writes a partner's
    // entropy (it could steer the draw), only the witness and external sources.
    ctx.canInAny(['create', 'update'], 'DrawEntropy', 'taskId', ctx.taskIds, { sourceKind: 'agency', agencyId: agency });
    ctx.canInAny(['create', 'update'], 'DrawEntropy', 'taskId', ctx.leadTaskIds, { sourceKind: { $in: ['witness', 'external'] } });
  }
}
