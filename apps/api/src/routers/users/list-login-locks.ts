import { accessibleBy } from '@liancha/authz';
import { listLockedAccounts } from '@liancha/db';
import { DomainError } from '@liancha/domain';
import { abilityQuery } from '../../trpc/init.js';

/**
 * Accounts locked by failed logins that the caller may lift: an agency admin sees the agency's
 * users, the platform admin the region's (the `update` rules of User). Others are refused.
 */
export const listLoginLocksRoute = abilityQuery.query(async ({ ctx }) => {
  if (!ctx.ability.can('update', 'User')) throw new DomainError('forbidden', '无权查看登录锁定的账号', { reason: 'authz.forbidden' });
  const rows = await listLockedAccounts(ctx.db, ctx.scope, accessibleBy(ctx.ability, 'update', 'User'), ctx.now());
  return rows.map((row) => ({
    userId: row.userId,
    username: row.username,
    displayName: row.displayName,
    agencyShortName: row.agencyShortName,
    failures: row.failures,
    refused: row.refused,
    lastFailureAt: row.lastFailureAt,
    lockedAt: row.lockedAt,
    lockedUntil: row.lockedUntil,
  }));
});
