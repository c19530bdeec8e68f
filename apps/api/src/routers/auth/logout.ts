import { revokeSession } from '@liancha/db';
import { authedMutation } from '../../trpc/init.js';

/** Revokes the current session in the database; the token is dead everywhere at once. */
export const logoutRoute = authedMutation.mutation(async ({ ctx }) => {
  await revokeSession(ctx.db, ctx.session.id, ctx.now());
  await ctx.audit.record({ action: 'auth.logout', subjectKind: 'user', subjectId: ctx.user.id });
  ctx.log.info({ userId: ctx.user.id }, 'logout');
  return { ok: true as const };
});
