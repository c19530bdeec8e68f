import { closeFollowUp, getFollowUp } from '@liancha/db';
import { dateInShanghai, DomainError, FOLLOW_UP_KIND_LABELS } from '@liancha/domain';
import { assertCloseFollowUp } from '../../follow-ups/follow-up-steps.js';
import { abilityMutation } from '../../trpc/init.js';
import { canRead, found } from '../../trpc/access.js';
import { ZCloseFollowUpRequest } from './follow-up.schema.js';
import { presentFollowUp } from '../../follow-ups/present-follow-up.js';

/** 办结: closing a follow-up is the agency leader's approval (authz rule table: approve = closure). */
export const closeFollowUpRoute = abilityMutation.input(ZCloseFollowUpRequest).mutation(async ({ ctx, input }) => {
  const access = canRead(ctx.ability, 'FollowUpAction');
  const before = found(await getFollowUp(ctx.db, ctx.scope, access, input.id), 'FollowUpAction');
  assertCloseFollowUp(ctx.ability, before);
  const now = ctx.now();
  const refused = () =>
    new DomainError('precondition_failed', `后续处置“${FOLLOW_UP_KIND_LABELS[before.kind]}”当前状态为“已办结”，不能再次办结`, {
      reason: 'followUp.already_closed',
    });
  if (!(await closeFollowUp(ctx.db, ctx.scope, before.id, { closedBy: ctx.actor.userId, closedAt: now, closureNote: input.closureNote }))) throw refused();
  await ctx.audit.record({
    action: 'followUpAction.close',
    subjectKind: 'followUpAction',
    subjectId: before.id,
    before: { status: before.status },
    after: { status: 'closed', closureNote: input.closureNote },
  });
  return presentFollowUp(found(await getFollowUp(ctx.db, ctx.scope, access, before.id), 'FollowUpAction'), dateInShanghai(now), ctx.ability);
});
