import { getPlan, planVersions } from '@liancha/db';
import { planCan } from '../../plans/plan-permissions.js';
import { abilityQuery } from '../../trpc/init.js';
import { canRead, found } from '../registry/access.js';
import { ZPlanStepRequest } from './plan.schema.js';

/** A plan with its items, batches, the history of its versions (adjustments stay visible) and the steps the caller may take on it now. */
export const getPlanRoute = abilityQuery.input(ZPlanStepRequest).query(async ({ ctx, input }) => {
  const plan = found(await getPlan(ctx.db, ctx.scope, canRead(ctx.ability, 'AnnualPlan'), input.id), 'AnnualPlan');
  return { ...plan, versions: await planVersions(ctx.db, ctx.scope, plan.agencyId, plan.year), can: planCan(ctx.ability, plan) };
});
