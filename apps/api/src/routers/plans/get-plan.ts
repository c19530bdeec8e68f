import { getPlan, planVersions } from '@liancha/db';
import { planNextStep } from '@liancha/domain';
import { canReadAgencyFigures } from '../../oversight/agency-scope.js';
import { planFloorReach } from '../../plans/plan-floor.js';
import { planCan } from '../../plans/plan-permissions.js';
import { abilityQuery } from '../../trpc/init.js';
import { canRead, found } from '../../trpc/access.js';
import { ZPlanStepRequest } from './plan.schema.js';

/**
 * A plan with its items, batches and the history of its versions (adjustments stay visible), the
 * steps the caller may take on it now, and how far its batches reach the ratio floor — the check
 * approval makes — for those who may read the agency's figures (its office and the leadership
 * group); null for others.
 */
export const getPlanRoute = abilityQuery.input(ZPlanStepRequest).query(async ({ ctx, input }) => {
  const plan = found(await getPlan(ctx.db, ctx.scope, canRead(ctx.ability, 'AnnualPlan'), input.id), 'AnnualPlan');
  const [versions, floor] = await Promise.all([
    planVersions(ctx.db, ctx.scope, plan.agencyId, plan.year),
    canReadAgencyFigures(ctx.ability, ctx.scope, plan.agencyId) ? planFloorReach(ctx.db, ctx.scope, plan) : Promise.resolve(null),
  ]);
  return { ...plan, versions, floor, can: planCan(ctx.ability, plan), next: planNextStep(plan.status) };
});
