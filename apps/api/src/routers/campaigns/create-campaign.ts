import { assertCan, subjectOf } from '@liancha/authz';
import { getCampaign, insertCampaign } from '@liancha/db';
import { campaignWindowRefusal, dateInShanghai } from '@liancha/domain';
import { enforce } from '../../can/refusal.js';
import { presentCampaign } from '../../campaigns/present-campaign.js';
import { requireAgency } from '../../registry/require-agency.js';
import { abilityMutation } from '../../trpc/init.js';
import { canRead, found } from '../../trpc/access.js';
import { ZCreateCampaign } from './campaign.schema.js';

/** A new 专项检查计划 (草稿) of the caller's agency: its window lies in its year and is not over. */
export const createCampaignRoute = abilityMutation.input(ZCreateCampaign).mutation(async ({ ctx, input }) => {
  const agencyId = requireAgency(ctx.actor);
  const fields = { ...input, agencyId, deployedBy: input.level === 'higher' ? (input.deployedBy ?? null) : null };
  assertCan(ctx.ability, 'create', subjectOf('Campaign', { id: '', regionCode: ctx.scope.regionCode, ...fields, status: 'draft' }));
  enforce(campaignWindowRefusal({ year: input.year, from: input.windowFrom, to: input.windowTo }, dateInShanghai(ctx.now())));
  const id = await insertCampaign(ctx.db, ctx.scope, fields, ctx.actor.userId);
  await ctx.audit.record({ action: 'campaign.create', subjectKind: 'inspection_campaign', subjectId: id, after: fields });
  return presentCampaign(found(await getCampaign(ctx.db, ctx.scope, canRead(ctx.ability, 'Campaign'), id), 'Campaign'), ctx.now());
});
