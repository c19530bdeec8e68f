import { DomainError } from '@liancha/domain';

/** A decision is dated the day it is made: never in the future. */
export function assertDecidedOn(decidedOn: string, today: string): void {
  if (decidedOn > today) {
    throw new DomainError('bad_request', `决定日期（${decidedOn}）不能晚于今天（${today}）`, {
      reason: 'sanction.bad_date',
      issues: [{ field: 'decidedOn', message: '不能晚于今天' }],
    });
  }
}

export function duplicateDecisionNo(decisionNo: string): DomainError {
  return new DomainError('conflict', `处罚决定书文号“${decisionNo}”已存在`, {
    reason: 'sanction.duplicate_decision_no',
    issues: [{ field: 'decisionNo', message: '文号已存在' }],
  });
}

/** 处罚有效期 cannot end before the decision was made. */
export function assertValidUntil(validUntil: string | null, decidedOn: string): void {
  if (validUntil !== null && validUntil < decidedOn) {
    throw new DomainError('bad_request', `处罚有效期（${validUntil}）不能早于决定日期（${decidedOn}）`, {
      reason: 'sanction.bad_date',
      issues: [{ field: 'validUntil', message: '不能早于决定日期' }],
    });
  }
}
