import { DomainError } from '../errors.js';
import { CASE_CHECK_STATUS_LABELS, type CaseCheckStatus } from '../vocabulary/inspection.js';

/**
 * 个案检查 steps and the states each starts from: the head approves or rejects a waiting request;
 * an approved one is carried out (done); the requester's office withdraws one not yet decided or
 * approved but not done.
 */
const FROM = { approve: ['submitted'], reject: ['submitted'], complete: ['approved'], withdraw: ['submitted', 'approved'] } as const satisfies Record<
  string,
  readonly CaseCheckStatus[]
>;
export type CaseCheckStep = keyof typeof FROM;
export const CASE_CHECK_STEPS = Object.keys(FROM) as CaseCheckStep[];

const STEP_LABELS: Record<CaseCheckStep, string> = { approve: '批准', reject: '不予批准', complete: '登记检查情况', withdraw: '撤回' };

/** Refuses a step the check's state does not allow, naming the states that do. */
export function assertCaseCheckStep(status: CaseCheckStatus, step: CaseCheckStep): void {
  const from: readonly CaseCheckStatus[] = FROM[step];
  if (from.includes(status)) return;
  const needed = from.map((s) => `“${CASE_CHECK_STATUS_LABELS[s]}”`).join('或');
  throw new DomainError('precondition_failed', `该个案检查当前状态为“${CASE_CHECK_STATUS_LABELS[status]}”，不能${STEP_LABELS[step]}：仅${needed}状态可以`, {
    reason: 'case_check.illegal_transition',
  });
}
