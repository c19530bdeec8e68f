import { revokeEnterpriseSession } from '@liancha/db';
import { enterpriseMutation, enterpriseProcedure } from '../../trpc/init.js';

/** The enterprise of this session and when the session ends. */
export const enterpriseMeRoute = enterpriseProcedure.query(({ ctx }) => ({ enterprise: ctx.self, expiresAt: ctx.enterpriseSession.expiresAt }));

/** Ends the session in the database: the token is dead everywhere at once. */
export const enterpriseLogoutRoute = enterpriseMutation.mutation(async ({ ctx }) => {
  await revokeEnterpriseSession(ctx.db, ctx.enterpriseSession.id, ctx.now());
  await ctx.audit.record({ action: 'enterprise.logout', subjectKind: 'object', subjectId: ctx.self.objectId, actorUserId: null });
  return { ok: true as const };
});
