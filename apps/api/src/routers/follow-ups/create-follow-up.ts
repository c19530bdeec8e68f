import { getFollowUp, insertFollowUp } from '@liancha/db';
import { dateInShanghai } from '@liancha/domain';
import { enforce } from '../../can/refusal.js';
import { loadOutcomeCheck, outcomeRefusal } from '../../follow-ups/outcome-check.js';
import { validateFollowUp } from '../../follow-ups/follow-up-rules.js';
import { requireAgency } from '../../registry/require-agency.js';
import { abilityMutation } from '../../trpc/init.js';
import { canRead, found } from '../../trpc/access.js';
import { ZCreateFollowUpRequest } from './follow-up.schema.js';
import { presentFollowUp } from '../../follow-ups/present-follow-up.js';

/** 后续处置: the caller's agency records what follows a check (谁检查、谁处置), open until closed. */
export const createFollowUpRoute = abilityMutation.input(ZCreateFollowUpRequest).mutation(async ({ ctx, input }) => {
  const agencyId = requireAgency(ctx.actor);
  const check = await loadOutcomeCheck(ctx, input.checkId);
  enforce(outcomeRefusal(ctx, check, 'FollowUpAction'));
  const today = dateInShanghai(ctx.now());
  validateFollowUp(input, today);
  const fields = { checkId: check.id, agencyId, kind: input.kind, target: input.target, deadline: input.deadline, note: input.note };
  const id = await insertFollowUp(ctx.db, ctx.scope, fields, ctx.actor.userId);
  await ctx.audit.record({ action: 'followUpAction.create', subjectKind: 'followUpAction', subjectId: id, after: fields });
  return presentFollowUp(found(await getFollowUp(ctx.db, ctx.scope, canRead(ctx.ability, 'FollowUpAction'), id), 'FollowUpAction'), today, ctx.ability);
});
