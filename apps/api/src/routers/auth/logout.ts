import { revokeSession } from '@liancha/db';
import { authedProcedure } from '../../trpc/init.js';

/** Revokes the current session in the database; the token is dead everywhere at once. */
export const logoutRoute = authedProcedure.mutation(async ({ ctx }) => {
  await revokeSession(ctx.db, ctx.session.id, ctx.now());
  ctx.log.info({ userId: ctx.user.id }, 'logout');
  return { ok: true as const };
});
