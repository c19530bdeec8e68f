import { subjectOf, type AppAbility, type UserActor } from '@liancha/authz';
import type { CaseCheckRow } from '@liancha/db';
import { assertCaseCheckStep, CASE_CHECK_STEPS, DomainError, type CaseCheckStep } from '@liancha/domain';
import { caught, enforce, firstRefusal, flagsOf, forbiddenUnless, type Refusal } from '../can/refusal.js';

/** Each step's CASL verb: the head approves (批准 or 不予批准); the office carries out or withdraws. */
const VERB = { approve: 'approve', reject: 'approve', complete: 'update', withdraw: 'update' } as const satisfies Record<CaseCheckStep, string>;

/**
 * May the caller take `step` on this 个案检查 now? Its CASL verb, then — for a decision — that the
 * head is not deciding their own request, then the check's state. The step mutations throw this
 * answer and caseChecks.get turns it into `can` flags.
 */
export function caseCheckStepRefusal(ctx: { ability: AppAbility; actor: UserActor }, row: CaseCheckRow, step: CaseCheckStep): Refusal {
  return firstRefusal(
    () => forbiddenUnless(ctx.ability, VERB[step], subjectOf('CaseCheck', row)),
    () =>
      VERB[step] === 'approve' && row.requestedBy === ctx.actor.userId
        ? new DomainError('forbidden', '不能审批本人提出的检查申请', { reason: 'case_check.own_request' })
        : null,
    () => caught(() => assertCaseCheckStep(row.status, step)),
  );
}

export function assertCaseCheckStepAllowed(ctx: { ability: AppAbility; actor: UserActor }, row: CaseCheckRow, step: CaseCheckStep): void {
  enforce(caseCheckStepRefusal(ctx, row, step));
}

/** Every step as a flag, for caseChecks.get. */
export function caseCheckCan(ctx: { ability: AppAbility; actor: UserActor }, row: CaseCheckRow): Record<CaseCheckStep, boolean> {
  return flagsOf(Object.fromEntries(CASE_CHECK_STEPS.map((step) => [step, caseCheckStepRefusal(ctx, row, step)])) as Record<CaseCheckStep, Refusal>);
}
