import { getPlan, planVersions } from '@liancha/db';
import { abilityQuery } from '../../trpc/init.js';
import { canRead, found } from '../../trpc/access.js';
import { ZPlanStepRequest } from './plan.schema.js';

/** A plan with its items, batches and the history of its versions (adjustments stay visible). */
export const getPlanRoute = abilityQuery.input(ZPlanStepRequest).query(async ({ ctx, input }) => {
  const plan = found(await getPlan(ctx.db, ctx.scope, canRead(ctx.ability, 'AnnualPlan'), input.id), 'AnnualPlan');
  return { ...plan, versions: await planVersions(ctx.db, ctx.scope, plan.agencyId, plan.year) };
});
