import { getUserEmail, setUserEmail } from '@liancha/db';
import { abilityMutation, abilityQuery } from '../../trpc/init.js';
import { ZSetEmailRequest } from './own-email.schema.js';

/** The caller's own address for notification e-mail, and whether the platform sends e-mail at all. */
export const ownEmailRoute = abilityQuery.query(async ({ ctx }) => ({
  email: await getUserEmail(ctx.db, ctx.scope, ctx.actor.userId),
  mailOn: (ctx.config.mail ?? null) !== null,
}));

export const setOwnEmailRoute = abilityMutation.input(ZSetEmailRequest).mutation(async ({ ctx, input }) => {
  const email = input.email === '' ? null : input.email;
  await setUserEmail(ctx.db, ctx.scope, ctx.actor.userId, email, ctx.now());
  // The address itself is personal data: the trail says that it changed, not what it is.
  await ctx.audit.record({ action: 'user.setEmail', subjectKind: 'user', subjectId: ctx.actor.userId, after: { hasEmail: email !== null } });
  return { email };
});
