import { getPlan, updatePlan, type PlanDetail, type PlanStatus } from '@liancha/db';
import { DomainError } from '@liancha/domain';
import { assertPlanReachesFloor, planFloorReach } from '../../plans/plan-floor.js';
import { assertPlanStep } from '../../plans/plan-permissions.js';
import { nextPlanStatus, type PlanStep } from '../../plans/plan-state.js';
import { publishAnnualPlan } from '../../publications/publish.js';
import { abilityMutation } from '../../trpc/init.js';
import type { MutationContext } from '../../trpc/mutation-context.js';
import { canRead, found } from '../../trpc/access.js';
import { ZPlanStepRequest, ZRejectPlanRequest } from './plan.schema.js';

/** Load through the abilities, check the verb, move the state, audit. */
async function step(ctx: MutationContext, id: string, which: PlanStep, note?: string): Promise<{ plan: PlanDetail; status: PlanStatus }> {
  const plan = found(await getPlan(ctx.db, ctx.scope, canRead(ctx.ability, 'AnnualPlan'), id), 'AnnualPlan');
  assertPlanStep(ctx.ability, plan, which);
  const status = nextPlanStatus(plan.status, which);
  if (which === 'submit' && plan.itemIds.length === 0) {
    throw new DomainError('precondition_failed', '计划尚未选择抽查事项，不能提交审批', { reason: 'plan_incomplete' });
  }
  // The ratio floor is decided here: a plan whose batches cannot reach it is not approved.
  if (which === 'approve') assertPlanReachesFloor(await planFloorReach(ctx.db, ctx.scope, plan));
  const now = ctx.now();
  await updatePlan(
    ctx.db,
    ctx.scope,
    id,
    {
      status,
      ...(which === 'submit' ? { submittedAt: now } : {}),
      ...(which === 'approve' ? { approvedBy: ctx.actor.userId, approvedAt: now } : {}),
      ...(which === 'publish' ? { publishedAt: now } : {}),
    },
    now,
  );
  await ctx.audit.record({
    action: `annualPlan.${which}`,
    subjectKind: 'annualPlan',
    subjectId: id,
    before: { status: plan.status },
    after: { status, ...(note ? { note } : {}) },
  });
  return { plan, status };
}

export const submitPlanRoute = abilityMutation
  .input(ZPlanStepRequest)
  .mutation(async ({ ctx, input }) => ({ status: (await step(ctx, input.id, 'submit')).status }));
export const approvePlanRoute = abilityMutation
  .input(ZPlanStepRequest)
  .mutation(async ({ ctx, input }) => ({ status: (await step(ctx, input.id, 'approve')).status }));
export const rejectPlanRoute = abilityMutation
  .input(ZRejectPlanRequest)
  .mutation(async ({ ctx, input }) => ({ status: (await step(ctx, input.id, 'reject', input.reason)).status }));

/**
 * Publishing makes the version the one in force and puts it on 公示 (抽查工作计划公告) in the
 * same transaction; a new version supersedes the one it adjusts, which stays readable as history.
 */
export const publishPlanRoute = abilityMutation.input(ZPlanStepRequest).mutation(async ({ ctx, input }) => {
  const { plan, status } = await step(ctx, input.id, 'publish');
  if (plan.previousVersionId) {
    await updatePlan(ctx.db, ctx.scope, plan.previousVersionId, { status: 'superseded' }, ctx.now());
    await ctx.audit.record({
      action: 'annualPlan.supersede',
      subjectKind: 'annualPlan',
      subjectId: plan.previousVersionId,
      after: { status: 'superseded', by: plan.id },
    });
  }
  const publication = await publishAnnualPlan(ctx, plan.id);
  return { status, publicationId: publication.id };
});
