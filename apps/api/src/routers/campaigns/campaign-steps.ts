import { countCampaignsOfYear, findCampaignQuota, lockAgencyForQuota } from '@liancha/db';
import { CAMPAIGN_COUNTED_STATUSES, campaignQuota, campaignQuotaRefusal } from '@liancha/domain';
import { advanceCampaign } from '../../campaigns/advance-campaign.js';
import { presentCampaign } from '../../campaigns/present-campaign.js';
import { enforce } from '../../can/refusal.js';
import { abilityMutation } from '../../trpc/init.js';
import { ZCampaignApproval, ZCampaignRejection, ZCampaignStepRequest, ZFileCampaign } from './campaign.schema.js';

/**
 * 提交审批 (the agency): refused when the agency's campaigns of the year already fill its quota —
 * counted with the agency's row locked, so two submissions at once cannot both take the last place.
 */
export const submitCampaignRoute = abilityMutation.input(ZCampaignStepRequest).mutation(async ({ ctx, input }) => {
  const row = await advanceCampaign(ctx, input.id, { step: 'submit' }, async (before) => {
    await lockAgencyForQuota(ctx.db, ctx.scope, before.agencyId);
    const [setting, counted] = await Promise.all([
      findCampaignQuota(ctx.db, ctx.scope, before.agencyId, before.year),
      countCampaignsOfYear(ctx.db, ctx.scope, before.agencyId, before.year, CAMPAIGN_COUNTED_STATUSES),
    ]);
    enforce(campaignQuotaRefusal({ agencyName: before.agencyName, year: before.year, quota: campaignQuota(setting), counted }));
  });
  return presentCampaign(row, ctx.now());
});

/** 批准 (the leadership group, for the county government). */
export const approveCampaignRoute = abilityMutation
  .input(ZCampaignApproval)
  .mutation(async ({ ctx, input }) => presentCampaign(await advanceCampaign(ctx, input.id, { step: 'approve', note: input.note || null }), ctx.now()));

/** 不予批准 (the leadership group), with the reason. */
export const rejectCampaignRoute = abilityMutation
  .input(ZCampaignRejection)
  .mutation(async ({ ctx, input }) => presentCampaign(await advanceCampaign(ctx, input.id, { step: 'reject', note: input.note }), ctx.now()));

/** 备案 (the leadership group): the filing number and the organ it was filed with. */
export const fileCampaignRoute = abilityMutation
  .input(ZFileCampaign)
  .mutation(async ({ ctx, input }) =>
    presentCampaign(await advanceCampaign(ctx, input.id, { step: 'file', filingNo: input.filingNo, filedWith: input.filedWith }), ctx.now()),
  );

/** 公布 (the agency): the plan goes on the public portal; from now its checks may be requested. */
export const publishCampaignRoute = abilityMutation
  .input(ZCampaignStepRequest)
  .mutation(async ({ ctx, input }) => presentCampaign(await advanceCampaign(ctx, input.id, { step: 'publish' }), ctx.now()));

/** 结束 (the agency): no more checks under it; it stays public. */
export const closeCampaignRoute = abilityMutation
  .input(ZCampaignStepRequest)
  .mutation(async ({ ctx, input }) => presentCampaign(await advanceCampaign(ctx, input.id, { step: 'close' }), ctx.now()));

/** 撤回 (the agency): a plan not yet published. */
export const withdrawCampaignRoute = abilityMutation
  .input(ZCampaignStepRequest)
  .mutation(async ({ ctx, input }) => presentCampaign(await advanceCampaign(ctx, input.id, { step: 'withdraw' }), ctx.now()));
