import type { UserRuleContext } from './context.js';
import { PRIVILEGED_ROLES } from './roles.js';

/** Agency, Unit, User, Tag, and the region's own sub-sectors. */
export function organisationRules(ctx: UserRuleContext): void {
  const agency = ctx.agencyId;
  ctx.can('read', ['Agency', 'Unit', 'Tag']);
  ctx.can('read', 'User', { id: ctx.userId });

  if (ctx.has('platform_admin')) {
    ctx.can(['create', 'update', 'archive'], ['Agency', 'Unit', 'Tag']);
    ctx.can(['read', 'create', 'update', 'archive'], 'User');
    ctx.can('create', 'Sector');
  }
  if (ctx.has('leadership_member')) ctx.can('read', 'User');
  if (agency === null) return;

  if (ctx.has('agency_admin')) {
    ctx.can(['create', 'update', 'archive'], 'Unit', { agencyId: agency });
    // A sub-sector the region's files use (陶瓷制造 under 工贸): region-wide, so the agency admin's decision.
    ctx.can('create', 'Sector');
    ctx.can('read', 'User', { agencyId: agency });
    // Never a region-level account: those belong to the platform admin.
    ctx.can(['create', 'update', 'archive'], 'User', { agencyId: agency, roles: { $nin: PRIVILEGED_ROLES } });
  }
  // Tags are the region's shared vocabulary: agencies add and rename, only the platform admin retires one.
  if (ctx.has('agency_admin', 'coordinator')) ctx.can(['create', 'update'], 'Tag');
}
