import { listCampaigns } from '@liancha/db';
import { presentCampaign } from '../../campaigns/present-campaign.js';
import { abilityQuery } from '../../trpc/init.js';
import { canRead } from '../../trpc/access.js';
import { ZListCampaignsRequest } from './campaign.schema.js';

/**
 * The 专项检查 the caller may read (the agency its own, the leadership group the region's, anyone the
 * published ones); `canCreate`: whether the caller may write a plan.
 */
export const listCampaignsRoute = abilityQuery.input(ZListCampaignsRequest).query(async ({ ctx, input }) => {
  const page = await listCampaigns(ctx.db, ctx.scope, canRead(ctx.ability, 'Campaign'), input);
  return {
    ...page,
    rows: page.rows.map((row) => presentCampaign(row, ctx.now())),
    canCreate: ctx.actor.agencyId !== null && ctx.ability.can('create', 'Campaign'),
  };
});
