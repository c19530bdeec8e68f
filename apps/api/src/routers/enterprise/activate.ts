import { insertEnterpriseSession, redeemActivation } from '@liancha/db';
import { ACTIVATION_REFUSAL, DomainError, ENTERPRISE_SESSION_HOURS, normaliseActivationCode } from '@liancha/domain';
import { activationHash } from '../../enterprise/activation-codes.js';
import { newEnterpriseToken } from '../../auth/session-token.js';
import { publicMutation } from '../../trpc/init.js';
import { ZActivateRequest } from './enterprise.schema.js';

/**
 * An enterprise enters its area with its USCC and a one-time code: the code is used up and a
 * session begins. Every wrong answer gets the same refusal, so a guess learns nothing.
 */
export const activateRoute = publicMutation.input(ZActivateRequest).mutation(async ({ ctx, input }) => {
  const scope = { regionCode: input.regionCode };
  const code = normaliseActivationCode(input.code);
  const now = ctx.now();
  const redeemed = code ? await redeemActivation(ctx.db, scope, { uscc: input.uscc, codeHash: activationHash(code), at: now }) : undefined;
  if (!redeemed) throw new DomainError('unauthorized', ACTIVATION_REFUSAL, { reason: 'activation_refused' });
  const { token, id } = newEnterpriseToken();
  const expiresAt = new Date(now.getTime() + ENTERPRISE_SESSION_HOURS * 3_600_000);
  await insertEnterpriseSession(ctx.db, scope, {
    id,
    objectId: redeemed.objectId,
    activationId: redeemed.activationId,
    expiresAt,
    userAgent: ctx.client.userAgent,
    ip: ctx.client.ip,
  });
  await ctx.audit.record({
    action: 'enterprise.activate',
    subjectKind: 'object',
    subjectId: redeemed.objectId,
    regionCode: scope.regionCode,
    actorUserId: null,
  });
  return { token, expiresAt };
});
