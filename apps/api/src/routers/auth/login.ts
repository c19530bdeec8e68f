import { login } from '../../auth/authenticate.js';
import { publicProcedure } from '../../trpc/init.js';
import { ZLoginRequest } from './login.schema.js';

/**
 * Returns the bearer token to the caller (a portal server), which keeps it in its
 * own HttpOnly cookie; the token never reaches browser JavaScript.
 */
export const loginRoute = publicProcedure.input(ZLoginRequest).mutation(async ({ ctx, input }) => {
  const outcome = await login(ctx.db, input, {
    now: ctx.now(),
    ttlMs: ctx.config.sessionTtlMs,
    userAgent: ctx.client.userAgent,
    ip: ctx.client.ip,
  });
  ctx.log.info({ userId: outcome.user.id, username: outcome.user.username }, 'login');
  return outcome;
});
