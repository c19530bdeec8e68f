import { countCampaignsOfYear, findCampaignQuota, getCampaign, type CampaignRow, type Executor, type RegionScope } from '@liancha/db';
import { CAMPAIGN_COUNTED_STATUSES, campaignNextStep, campaignQuota } from '@liancha/domain';
import { campaignCan } from '../../campaigns/campaign-permissions.js';
import { presentCampaign } from '../../campaigns/present-campaign.js';
import { abilityQuery } from '../../trpc/init.js';
import { canRead, found } from '../../trpc/access.js';
import { ZIdRequest } from '../../trpc/schemas.js';

/** The agency's quota for the campaign's year and how many of its campaigns count toward it. */
export async function quotaOf(db: Executor, scope: RegionScope, row: Pick<CampaignRow, 'agencyId' | 'year'>) {
  const [setting, counted] = await Promise.all([
    findCampaignQuota(db, scope, row.agencyId, row.year),
    countCampaignsOfYear(db, scope, row.agencyId, row.year, CAMPAIGN_COUNTED_STATUSES),
  ]);
  return { year: row.year, quota: campaignQuota(setting), isDefault: setting === null, counted };
}

/** One 专项检查 with the steps the caller may take (`can`), whose turn it is, and the agency's quota for its year. */
export const getCampaignRoute = abilityQuery.input(ZIdRequest).query(async ({ ctx, input }) => {
  const row = found(await getCampaign(ctx.db, ctx.scope, canRead(ctx.ability, 'Campaign'), input.id), 'Campaign');
  return { ...presentCampaign(row, ctx.now()), quota: await quotaOf(ctx.db, ctx.scope, row), can: campaignCan(ctx, row), next: campaignNextStep(row.status) };
});
