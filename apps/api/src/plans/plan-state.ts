import { DomainError, PLAN_STATUS_LABELS } from '@liancha/domain';
import type { PlanStatus } from '@liancha/db';

/** 年度抽查工作计划: draft → submitted → approved → published; a leader may send it back (rejected → edit → submit). */
const TRANSITIONS = {
  submit: { from: ['draft', 'rejected'], to: 'submitted' },
  approve: { from: ['submitted'], to: 'approved' },
  reject: { from: ['submitted'], to: 'rejected' },
  publish: { from: ['approved'], to: 'published' },
} as const satisfies Record<string, { from: readonly PlanStatus[]; to: PlanStatus }>;

export type PlanStep = keyof typeof TRANSITIONS;

const STEP_LABELS: Record<PlanStep, string> = { submit: '提交审批', approve: '审批通过', reject: '退回', publish: '公布' };

/** The state after `step`, or a refusal naming the current state and what the step needs. */
export function nextPlanStatus(current: PlanStatus, step: PlanStep): PlanStatus {
  const rule = TRANSITIONS[step];
  if (!(rule.from as readonly PlanStatus[]).includes(current)) {
    const needed = rule.from.map((s) => PLAN_STATUS_LABELS[s]).join('或');
    throw new DomainError('precondition_failed', `计划当前状态为“${PLAN_STATUS_LABELS[current]}”，不能${STEP_LABELS[step]}（需为“${needed}”）`, {
      reason: 'plan_state',
    });
  }
  return rule.to;
}

/** Only drafts (and plans sent back) can be edited; anything else is adjusted by a new version. */
export function assertPlanEditable(current: PlanStatus): void {
  if (current !== 'draft' && current !== 'rejected') {
    throw new DomainError('precondition_failed', `计划当前状态为“${PLAN_STATUS_LABELS[current]}”，不能直接修改；已公布的计划请发起调整`, {
      reason: 'plan_state',
    });
  }
}
