import { getOutcomeCheck, type CheckStatus, type OutcomeCheck } from '@liancha/db';
import { CHECK_STATUS_LABELS, DomainError } from '@liancha/domain';
import type { MutationContext } from '../trpc/mutation-context.js';
import { canRead, found } from '../trpc/access.js';

/** A follow-up, hazard or sanction comes out of an inspection that has actually taken place. */
const INSPECTED: readonly CheckStatus[] = ['in_progress', 'recorded', 'approved', 'closed'];

/**
 * The check an outcome is recorded against, through the caller's abilities (out of reach →
 * NOT_FOUND), refused unless it has been carried out and, when given, is about `objectId`.
 */
export async function loadOutcomeCheck(ctx: Pick<MutationContext, 'db' | 'scope' | 'ability'>, checkId: string, objectId?: string): Promise<OutcomeCheck> {
  const check = found(await getOutcomeCheck(ctx.db, ctx.scope, canRead(ctx.ability, 'Check'), checkId), 'Check');
  if (!INSPECTED.includes(check.status)) {
    throw new DomainError('precondition_failed', `检查当前状态为“${CHECK_STATUS_LABELS[check.status]}”，尚未实施检查，不能登记检查后的处置`, {
      reason: 'check.not_inspected',
    });
  }
  if (objectId !== undefined && check.objectId !== objectId) {
    throw new DomainError('bad_request', '所选检查对象与该次检查的对象不一致', { reason: 'check.object_mismatch', issues: [{ field: 'objectId', message: '与检查对象不一致' }] });
  }
  return check;
}
