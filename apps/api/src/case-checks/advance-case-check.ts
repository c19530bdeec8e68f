import { getCaseCheck, type CaseCheckRow } from '@liancha/db';
import { DomainError, type CaseCheckStep } from '@liancha/domain';
import type { MutationContext } from '../trpc/mutation-context.js';
import { canRead, found } from '../trpc/access.js';
import { assertCaseCheckStepAllowed } from './case-check-permissions.js';

/**
 * A step of a 个案检查: the row locked, the step allowed, `write` moving it on (false: someone else
 * moved it first, refused), the move audited. Returns the row as it is now.
 */
export async function advanceCaseCheck(
  ctx: MutationContext,
  id: string,
  step: CaseCheckStep,
  write: (before: CaseCheckRow) => Promise<boolean>,
  detail: Record<string, unknown> = {},
): Promise<CaseCheckRow> {
  const access = canRead(ctx.ability, 'CaseCheck');
  const before = found(await getCaseCheck(ctx.db, ctx.scope, access, id, { forUpdate: true }), 'CaseCheck');
  assertCaseCheckStepAllowed(ctx, before, step);
  if (!(await write(before))) throw new DomainError('conflict', '该个案检查已被他人更新，请刷新后重试', { reason: 'case_check.concurrent_update' });
  const after = found(await getCaseCheck(ctx.db, ctx.scope, access, before.id), 'CaseCheck');
  await ctx.audit.record({
    action: `case_check.${step}`,
    subjectKind: 'case_check',
    subjectId: before.id,
    before: { status: before.status },
    after: { status: after.status, ...detail },
  });
  return after;
}
