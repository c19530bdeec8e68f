import { subjectOf, type Action, type AppAbility } from '@liancha/authz';
import type { PlanRow } from '@liancha/db';
import { DomainError } from '@liancha/domain';
import { caught, enforce, firstRefusal, flagsOf, forbiddenUnless, type Refusal } from '../can/refusal.js';
import { assertPlanEditable, nextPlanStatus } from './plan-state.js';

/** What can be done to a plan version: edit the draft, the approval steps, and 调整 (a new version of a published plan). */
export const PLAN_STEPS = ['update', 'submit', 'approve', 'reject', 'publish', 'adjust'] as const;
export type PlanAction = (typeof PLAN_STEPS)[number];

const VERB: Record<Exclude<PlanAction, 'adjust'>, Action> = { update: 'update', submit: 'update', approve: 'approve', reject: 'approve', publish: 'publish' };

/** May the caller take `step` on this plan version now? Its CASL verb, then the plan's state. */
export function planStepRefusal(ability: AppAbility, plan: PlanRow, step: PlanAction): Refusal {
  if (step === 'adjust') {
    return firstRefusal(
      () => forbiddenUnless(ability, 'create', subjectOf('AnnualPlan', { ...plan, publishedAt: null })),
      () =>
        plan.status === 'published'
          ? null
          : new DomainError('precondition_failed', '只有已公布的计划才能调整；未公布的计划可直接修改', { reason: 'plan_state' }),
    );
  }
  return firstRefusal(
    () => forbiddenUnless(ability, VERB[step], subjectOf('AnnualPlan', plan)),
    () => caught(() => (step === 'update' ? assertPlanEditable(plan.status) : nextPlanStatus(plan.status, step))),
  );
}

export function assertPlanStep(ability: AppAbility, plan: PlanRow, step: PlanAction): void {
  enforce(planStepRefusal(ability, plan, step));
}

/** Every step as a flag, for plans.get. */
export function planCan(ability: AppAbility, plan: PlanRow): Record<PlanAction, boolean> {
  return flagsOf(Object.fromEntries(PLAN_STEPS.map((step) => [step, planStepRefusal(ability, plan, step)])) as Record<PlanAction, Refusal>);
}
