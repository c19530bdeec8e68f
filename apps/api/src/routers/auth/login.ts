import { login } from '../../auth/authenticate.js';
import { publicMutation } from '../../trpc/init.js';
import { ZLoginRequest } from './login.schema.js';

/**
 * Returns the bearer token to the caller (a portal server), which keeps it in its
 * own HttpOnly cookie; the token never reaches browser JavaScript.
 */
export const loginRoute = publicMutation.input(ZLoginRequest).mutation(async ({ ctx, input }) => {
  const outcome = await login(ctx.db, input, {
    now: ctx.now(),
    ttlMs: ctx.config.sessionTtlMs,
    userAgent: ctx.client.userAgent,
    ip: ctx.client.ip,
  });
  await ctx.audit.record({
    action: 'auth.login',
    subjectKind: 'user',
    subjectId: outcome.user.id,
    actorUserId: outcome.user.id,
    regionCode: outcome.user.regionCode,
    after: { username: outcome.user.username, ip: ctx.client.ip, userAgent: ctx.client.userAgent },
  });
  ctx.log.info({ userId: outcome.user.id, username: outcome.user.username }, 'login');
  return outcome;
});
