import { login } from '../../auth/authenticate.js';
import { publicProcedure } from '../../trpc/init.js';
import { ZLoginRequest } from './login.schema.js';

/**
 * Returns the bearer token to the caller (a portal server), which keeps it in its
 * own HttpOnly cookie; the token never reaches browser JavaScript.
 *
 * The one mutation outside the one-transaction middleware: `login` commits the attempt's
 * count and audit events in its own transactions before it answers with a refusal (see
 * auth/authenticate.ts), which a rolled-back mutation transaction would erase.
 */
export const loginRoute = publicProcedure.input(ZLoginRequest).mutation(async ({ ctx, input }) => {
  const outcome = await login(ctx.db, input, {
    now: ctx.now(),
    ttlMs: ctx.config.sessionTtlMs,
    userAgent: ctx.client.userAgent,
    ip: ctx.client.ip,
    policies: ctx.config.loginPolicies,
  });
  ctx.log.info({ userId: outcome.user.id, username: outcome.user.username }, 'login');
  return outcome;
});
