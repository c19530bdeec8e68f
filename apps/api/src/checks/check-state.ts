import type { CheckStatus, ResultStatus } from '@liancha/db';
import { CHECK_STATUS_LABELS, DomainError } from '@liancha/domain';

const STEPS = {
  notify: { from: ['planned', 'notified'], to: 'notified', label: '发出检查通知' },
  start: { from: ['planned', 'notified'], to: 'in_progress', label: '开始检查' },
  finish: { from: ['in_progress'], to: 'recorded', label: '结束检查' },
} as const satisfies Record<string, { from: readonly CheckStatus[]; to: CheckStatus; label: string }>;

export type VisitStep = keyof typeof STEPS;

export function nextCheckStatus(current: CheckStatus, step: VisitStep): CheckStatus {
  const rule = STEPS[step];
  if (!(rule.from as readonly CheckStatus[]).includes(current)) {
    throw new DomainError('precondition_failed', `检查当前状态为“${CHECK_STATUS_LABELS[current]}”，不能${rule.label}`, { reason: 'check_state' });
  }
  return rule.to;
}

/** Results are recorded once the visit has started, and until the agency submits them (or gets them back). */
export function assertResultsEditable(check: CheckStatus, results: ResultStatus[]): void {
  if (check !== 'in_progress' && check !== 'recorded') {
    throw new DomainError('precondition_failed', `检查当前状态为“${CHECK_STATUS_LABELS[check]}”，不能录入结果`, { reason: 'check_state' });
  }
  if (results.some((s) => s === 'submitted' || s === 'approved')) {
    throw new DomainError('precondition_failed', '本部门结果已提交审核，如需修改请由分管领导退回', { reason: 'results_locked' });
  }
}
