import { getFollowUp, insertFollowUp } from '@liancha/db';
import { enforce } from '../../can/refusal.js';
import { loadOutcomeCheck, outcomeRefusal } from '../../followUps/outcome-check.js';
import { validateFollowUp } from '../../followUps/follow-up-rules.js';
import { localDate } from '../../hazards/local-date.js';
import { requireAgency } from '../../registries/require-agency.js';
import { abilityMutation } from '../../trpc/init.js';
import { canRead, found } from '../registry/access.js';
import { ZCreateFollowUpRequest } from './follow-up.schema.js';
import { presentFollowUp } from '../../followUps/present-follow-up.js';

/** 后续处置: the caller's agency records what follows a check (谁检查、谁处置), open until closed. */
export const createFollowUpRoute = abilityMutation.input(ZCreateFollowUpRequest).mutation(async ({ ctx, input }) => {
  const agencyId = requireAgency(ctx.actor);
  const check = await loadOutcomeCheck(ctx, input.checkId);
  enforce(outcomeRefusal(ctx, check, 'FollowUpAction'));
  const today = localDate(ctx.now());
  validateFollowUp(input, today);
  const fields = { checkId: check.id, agencyId, kind: input.kind, target: input.target, deadline: input.deadline, note: input.note };
  const id = await insertFollowUp(ctx.db, ctx.scope, fields, ctx.actor.userId);
  await ctx.audit.record({ action: 'followUpAction.create', subjectKind: 'followUpAction', subjectId: id, after: fields });
  return presentFollowUp(found(await getFollowUp(ctx.db, ctx.scope, canRead(ctx.ability, 'FollowUpAction'), id), 'FollowUpAction'), today, ctx.ability);
});
