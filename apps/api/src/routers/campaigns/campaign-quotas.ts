import { notFound, subjectOf, type AppAbility } from '@liancha/authz';
import { getAgency, listCampaignQuotas, setCampaignQuota } from '@liancha/db';
import { CAMPAIGN_COUNTED_STATUSES, CAMPAIGN_QUOTA_PER_YEAR, campaignQuota, DomainError } from '@liancha/domain';
import { abilityMutation, abilityQuery } from '../../trpc/init.js';
import { ZCampaignQuotasRequest, ZSetCampaignQuota } from './campaign.schema.js';

/** Only who approves the region's campaigns (the leadership group) reviews and sets the quotas. */
function assertLeadership(ability: AppAbility, regionCode: string): void {
  const anyCampaign = subjectOf('Campaign', { id: '', regionCode, agencyId: '', year: 0, level: 'own', status: 'submitted' });
  if (!ability.can('approve', anyCampaign)) {
    throw new DomainError('forbidden', '只有领导小组可以查看和调整专项检查年度限额', { reason: 'campaign.quota_leadership_only' });
  }
}

/** Every agency's quota for a year (the default where none is set) and its campaigns counted toward it. */
export const campaignQuotasRoute = abilityQuery.input(ZCampaignQuotasRequest).query(async ({ ctx, input }) => {
  assertLeadership(ctx.ability, ctx.scope.regionCode);
  const rows = await listCampaignQuotas(ctx.db, ctx.scope, input.year, CAMPAIGN_COUNTED_STATUSES);
  return {
    year: input.year,
    defaultQuota: CAMPAIGN_QUOTA_PER_YEAR,
    rows: rows.map((row) => ({ ...row, isDefault: row.quota === null, quota: campaignQuota(row.quota) })),
  };
});

/** Sets an agency's quota for a year (the leadership group); lowering it below what is counted only stops further submissions. */
export const setCampaignQuotaRoute = abilityMutation.input(ZSetCampaignQuota).mutation(async ({ ctx, input }) => {
  assertLeadership(ctx.ability, ctx.scope.regionCode);
  const agency = await getAgency(ctx.db, ctx.scope, input.agencyId);
  if (!agency) throw notFound('Agency');
  await setCampaignQuota(ctx.db, ctx.scope, agency.id, input.year, input.quota, ctx.actor.userId, ctx.now());
  await ctx.audit.record({ action: 'campaign.set_quota', subjectKind: 'agency', subjectId: agency.id, after: { year: input.year, quota: input.quota } });
  return { agencyId: agency.id, agencyName: agency.name, year: input.year, quota: input.quota };
});
