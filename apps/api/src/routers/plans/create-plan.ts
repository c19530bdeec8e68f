import { assertCan, subjectOf } from '@liancha/authz';
import { findLatestPlan, insertPlan, replacePlanContents } from '@liancha/db';
import { DomainError } from '@liancha/domain';
import { validatePlanContents } from '../../plans/validate-plan.js';
import { requireAgency } from '../../registry/require-agency.js';
import { abilityMutation } from '../../trpc/init.js';
import { ZCreatePlanRequest } from './plan.schema.js';

export const createPlanRoute = abilityMutation.input(ZCreatePlanRequest).mutation(async ({ ctx, input }) => {
  const agencyId = requireAgency(ctx.actor);
  assertCan(ctx.ability, 'create', subjectOf('AnnualPlan', { regionCode: ctx.scope.regionCode, agencyId, publishedAt: null }));
  if (await findLatestPlan(ctx.db, ctx.scope, agencyId, input.year)) {
    throw new DomainError('conflict', `本部门${input.year}年度抽查工作计划已存在；如需变更，请对其发起调整`, { reason: 'plan_exists' });
  }
  await validatePlanContents(ctx.db, ctx.scope, agencyId, input.year, input.itemIds, input.batches);
  const { itemIds, batches, year, ...fields } = input;
  const id = await insertPlan(ctx.db, ctx.scope, {
    ...fields,
    agencyId,
    year,
    version: 1,
    previousVersionId: null,
    adjustmentReason: null,
    createdBy: ctx.actor.userId,
  });
  await replacePlanContents(ctx.db, ctx.scope, id, itemIds, batches);
  await ctx.audit.record({ action: 'annualPlan.create', subjectKind: 'annualPlan', subjectId: id, after: input });
  return { id };
});
