import type { SanctionStatus } from '@liancha/db';
import { DomainError, SANCTION_STATUS_LABELS } from '@liancha/domain';

/**
 * 行政处罚决定: draft → approved (the agency leader) → published (the coordinator); only a
 * draft can be edited, and a published decision is immutable (the database refuses changes too).
 * The credit record is written at approval: the decision is made then, and some decisions are
 * never published (not every penalty is publicised), yet all of them count for credit.
 */
const TRANSITIONS = { approve: { from: ['draft'], to: 'approved' }, publish: { from: ['approved'], to: 'published' } } as const satisfies Record<
  string,
  { from: readonly SanctionStatus[]; to: SanctionStatus }
>;
export type SanctionStep = keyof typeof TRANSITIONS;

const STEP_LABELS: Record<SanctionStep, string> = { approve: '审批', publish: '公示' };

export function nextSanctionStatus(current: SanctionStatus, step: SanctionStep): SanctionStatus {
  const rule = TRANSITIONS[step];
  if (!(rule.from as readonly SanctionStatus[]).includes(current)) {
    const needed = rule.from.map((s) => `“${SANCTION_STATUS_LABELS[s]}”`).join('或');
    throw new DomainError(
      'precondition_failed',
      `行政处罚决定当前状态为“${SANCTION_STATUS_LABELS[current]}”，不能${STEP_LABELS[step]}：仅${needed}状态可以${STEP_LABELS[step]}`,
      { reason: 'sanction.illegal_transition' },
    );
  }
  return rule.to;
}

export function assertSanctionEditable(current: SanctionStatus): void {
  if (current === 'draft') return;
  const why = current === 'published' ? '已公示的行政处罚决定不可更改' : '已审批的决定不能再修改';
  throw new DomainError('precondition_failed', `行政处罚决定当前状态为“${SANCTION_STATUS_LABELS[current]}”，${why}`, { reason: 'sanction.not_editable' });
}

/** 罚款 in fen as 元 for messages and credit reasons. */
export const yuan = (fen: number) => (fen / 100).toFixed(2);
