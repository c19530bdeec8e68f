import { assertCan, subjectOf } from '@liancha/authz';
import { verifyAuditChain } from '@liancha/db';
import { abilityQuery } from '../../trpc/init.js';

/** Walks the region's hash chain and reports the first broken link, if any. */
export const verifyAuditChainRoute = abilityQuery.query(async ({ ctx }) => {
  assertCan(ctx.ability, 'read', subjectOf('AuditEvent', { regionCode: ctx.scope.regionCode }));
  return verifyAuditChain(ctx.db, ctx.scope.regionCode);
});
