import { accessibleBy, defineAbilityFor, notFound, publicActor } from '@liancha/authz';
import { getCampaign, listCampaigns } from '@liancha/db';
import { publicCampaign } from '../../campaigns/present-campaign.js';
import { publicReadProcedure } from '../../trpc/init.js';
import { ZPublicCampaignRequest, ZPublicCampaignsRequest } from './campaign.schema.js';

/** What the public may read of campaigns: the published ones and those closed since (authz public rules). */
const PUBLIC = accessibleBy(defineAbilityFor(publicActor), 'read', 'Campaign');

/** The public portal's 专项检查 of a region (no login): published plans with their approval and 备案. */
export const publicCampaignsRoute = publicReadProcedure.input(ZPublicCampaignsRequest).query(async ({ ctx, input }) => {
  const { regionCode, ...request } = input;
  const page = await listCampaigns(ctx.db, { regionCode }, PUBLIC, request);
  return { ...page, rows: page.rows.map((row) => publicCampaign(row, ctx.now())) };
});

/** One published 专项检查 (no login); anything not published is NOT_FOUND. */
export const publicCampaignRoute = publicReadProcedure.input(ZPublicCampaignRequest).query(async ({ ctx, input }) => {
  const row = await getCampaign(ctx.db, { regionCode: input.regionCode }, PUBLIC, input.id);
  if (!row) throw notFound('Campaign');
  return publicCampaign(row, ctx.now());
});
