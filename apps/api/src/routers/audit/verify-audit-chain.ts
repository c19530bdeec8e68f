import { assertCan, subjectOf } from '@liancha/authz';
import { verifyAuditChain, verifyImportBatches } from '@liancha/db';
import { abilityQuery } from '../../trpc/init.js';

/**
 * Walks the region's hash chain and reports the first broken link, if any, and checks the rows
 * kept for each import batch against the digest its audit event carries.
 */
export const verifyAuditChainRoute = abilityQuery.query(async ({ ctx }) => {
  assertCan(ctx.ability, 'read', subjectOf('AuditEvent', { regionCode: ctx.scope.regionCode }));
  const [chain, importBatches] = await Promise.all([verifyAuditChain(ctx.db, ctx.scope.regionCode), verifyImportBatches(ctx.db, ctx.scope)]);
  return { ...chain, importBatches };
});
