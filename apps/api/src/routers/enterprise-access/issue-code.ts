import { getObject } from '@liancha/db';
import { z } from 'zod';
import { enforce } from '../../can/refusal.js';
import { issueActivationCode } from '../../enterprise/activation-codes.js';
import { issueCodeRefusal } from '../../enterprise/staff-access.js';
import { canRead, found } from '../../trpc/access.js';
import { abilityMutation } from '../../trpc/init.js';
import { ZId } from '../../trpc/schemas.js';

export const ZIssueCodeRequest = z.object({ objectId: ZId });

/**
 * An agency's administrator gives an enterprise it may read a new one-time code (the enterprise
 * lost its notice, or has had no check yet). The code is shown once, to be printed on a slip.
 */
export const issueCodeRoute = abilityMutation.input(ZIssueCodeRequest).mutation(async ({ ctx, input }) => {
  enforce(issueCodeRefusal(ctx.actor));
  const object = found(await getObject(ctx.db, ctx.scope, canRead(ctx.ability, 'Object'), input.objectId), 'Object');
  const issued = await issueActivationCode(ctx.db, ctx.scope, {
    objectId: object.id,
    source: 'agency',
    checkId: null,
    issuedBy: ctx.actor.userId,
    now: ctx.now(),
  });
  await ctx.audit.record({ action: 'enterprise.issue_code', subjectKind: 'object', subjectId: object.id });
  return { ...issued, object: { id: object.id, uscc: object.uscc, name: object.name }, regionCode: ctx.scope.regionCode };
});
