import type { AppAbility } from '@liancha/authz';
import type { CheckStatus, RegionScope, ResultStatus } from '@liancha/db';
import { DomainError, RESULT_STATUS_LABELS } from '@liancha/domain';
import { firstRefusal, forbiddenUnless, type Refusal } from '../can/refusal.js';
import { publicationSubject } from './publication-subject.js';

/** What decides whether an agency's results of a check may be published (检查结果公告). */
export interface ResultPublishFacts {
  checkId: string;
  checkStatus: CheckStatus;
  agencyId: string;
  agencyName: string;
  /** The agency takes part in the check's task (not declined). */
  participates: boolean;
  endedOn: string | null;
  /** The agency's results of the check. */
  resultStatuses: ResultStatus[];
}

/**
 * 谁检查、谁公开: the agency's coordinator publishes once the check has ended and every result
 * of the agency is approved by its leader. Used by the publication itself and by checks.get's
 * `can.publishResults` (an earlier publication is the caller's to check: publishNew refuses it).
 */
export function resultPublishRefusal(ctx: { ability: AppAbility; scope: RegionScope }, facts: ResultPublishFacts): Refusal {
  return firstRefusal(
    () => forbiddenUnless(ctx.ability, 'create', publicationSubject(ctx.scope, { agencyId: facts.agencyId, kind: 'result', subjectId: facts.checkId })),
    () => (facts.checkStatus === 'cancelled' ? new DomainError('precondition_failed', '该检查已取消，无需公示结果', { reason: 'check_cancelled' }) : null),
    () =>
      facts.participates
        ? null
        : new DomainError('precondition_failed', `${facts.agencyName}未参加该检查，不能公示其结果`, { reason: 'agency_not_participating' }),
    () =>
      facts.endedOn === null ? new DomainError('precondition_failed', '该检查尚未结束（没有结束日期），不能公示结果', { reason: 'check_not_ended' }) : null,
    () =>
      facts.resultStatuses.length === 0
        ? new DomainError('precondition_failed', `${facts.agencyName}尚未录入该检查的检查结果`, { reason: 'results_missing' })
        : null,
    () => {
      const pending = facts.resultStatuses.filter((s) => s !== 'approved');
      if (pending.length === 0) return null;
      const states = [...new Set(pending.map((s) => RESULT_STATUS_LABELS[s]))].join('、');
      return new DomainError(
        'precondition_failed',
        `本部门该检查尚有 ${pending.length} 项检查结果未经分管领导审核通过（当前：${states}），审核通过后方可公示`,
        { reason: 'results_not_approved' },
      );
    },
  );
}
