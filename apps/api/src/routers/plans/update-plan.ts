import { getPlan, replacePlanContents, updatePlan } from '@liancha/db';
import { assertPlanStep } from '../../plans/plan-permissions.js';
import { validatePlanContents } from '../../plans/validate-plan.js';
import { abilityMutation } from '../../trpc/init.js';
import { canRead, found } from '../../trpc/access.js';
import { ZUpdatePlanRequest } from './plan.schema.js';

export const updatePlanRoute = abilityMutation.input(ZUpdatePlanRequest).mutation(async ({ ctx, input }) => {
  const before = found(await getPlan(ctx.db, ctx.scope, canRead(ctx.ability, 'AnnualPlan'), input.id), 'AnnualPlan');
  assertPlanStep(ctx.ability, before, 'update');
  await validatePlanContents(ctx.db, ctx.scope, before.agencyId, before.year, input.itemIds, input.batches);
  const { id, itemIds, batches, ...fields } = input;
  await updatePlan(ctx.db, ctx.scope, id, fields, ctx.now());
  await replacePlanContents(ctx.db, ctx.scope, id, itemIds, batches);
  await ctx.audit.record({ action: 'annualPlan.update', subjectKind: 'annualPlan', subjectId: id, before, after: input });
  return { ok: true as const };
});
