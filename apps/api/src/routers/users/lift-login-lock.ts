import { accessibleBy, assertCan, subjectOf } from '@liancha/authz';
import { deleteLoginThrottleRow, getLockedAccount, lockLoginThrottleRows } from '@liancha/db';
import { DomainError } from '@liancha/domain';
import { abilityMutation } from '../../trpc/init.js';
import { ZLiftLoginLockRequest } from './login-locks.schema.js';

/**
 * Lift a login lock before it runs out: the account's counts start afresh. Found through `read`
 * on User (out of reach or not locked: NOT_FOUND), allowed by `update` on that user.
 */
export const liftLoginLockRoute = abilityMutation.input(ZLiftLoginLockRequest).mutation(async ({ ctx, input }) => {
  const now = ctx.now();
  const lock = await getLockedAccount(ctx.db, ctx.scope, accessibleBy(ctx.ability, 'read', 'User'), input.userId, now);
  if (!lock) throw new DomainError('not_found', '该账号当前没有登录锁定，或不在您的管理范围内', { reason: 'login_lock_not_found' });
  const { userId: id, regionCode, agencyId, unitId, roles, status } = lock;
  assertCan(ctx.ability, 'update', subjectOf('User', { id, regionCode, agencyId, unitId, roles, status }));
  // The row lock orders this lift after any login attempt of the account still in flight.
  await lockLoginThrottleRows(ctx.db, [{ keyKind: 'account', key: lock.username }]);
  await deleteLoginThrottleRow(ctx.db, { keyKind: 'account', key: lock.username });
  await ctx.audit.record({
    action: 'auth.login_unlocked',
    subjectKind: 'user',
    subjectId: lock.userId,
    before: { username: lock.username, failures: lock.failures, refused: lock.refused, lockedAt: lock.lockedAt, lockedUntil: lock.lockedUntil },
    after: null,
  });
  return { ok: true as const };
});
