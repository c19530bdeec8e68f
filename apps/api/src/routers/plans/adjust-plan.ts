import { findLatestPlan, getPlan, insertPlan, replacePlanContents } from '@liancha/db';
import { DomainError } from '@liancha/domain';
import { assertPlanStep } from '../../plans/plan-permissions.js';
import { abilityMutation } from '../../trpc/init.js';
import { canRead, found } from '../../trpc/access.js';
import { ZAdjustPlanRequest } from './plan.schema.js';

/**
 * 调整: a published plan is changed by a new version (a copy in draft) that goes through
 * approval and publication again; the published one stays in force until then.
 */
export const adjustPlanRoute = abilityMutation.input(ZAdjustPlanRequest).mutation(async ({ ctx, input }) => {
  const plan = found(await getPlan(ctx.db, ctx.scope, canRead(ctx.ability, 'AnnualPlan'), input.id), 'AnnualPlan');
  assertPlanStep(ctx.ability, plan, 'adjust');
  const latest = await findLatestPlan(ctx.db, ctx.scope, plan.agencyId, plan.year);
  if (latest && latest.id !== plan.id) {
    throw new DomainError('conflict', `已有第${latest.version}版调整在办理中，请在该版本上继续`, { reason: 'plan_adjustment_open' });
  }
  const id = await insertPlan(ctx.db, ctx.scope, {
    agencyId: plan.agencyId,
    year: plan.year,
    version: plan.version + 1,
    title: plan.title,
    ratioFloorBp: plan.ratioFloorBp,
    frequencyCaps: plan.frequencyCaps,
    notes: plan.notes,
    previousVersionId: plan.id,
    adjustmentReason: input.reason,
    createdBy: ctx.actor.userId,
  });
  await replacePlanContents(
    ctx.db,
    ctx.scope,
    id,
    plan.itemIds,
    plan.batches.map(({ id: _id, ...batch }) => batch),
  );
  await ctx.audit.record({
    action: 'annualPlan.adjust',
    subjectKind: 'annualPlan',
    subjectId: id,
    after: { previousVersionId: plan.id, version: plan.version + 1, reason: input.reason },
  });
  return { id, version: plan.version + 1 };
});
