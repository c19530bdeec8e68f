import { findSanctionIdByDecisionNo, getSanction, insertSanction } from '@liancha/db';
import { dateInShanghai, defaultPenaltyCategories, sanctionPublicityEndsOn } from '@liancha/domain';
import { authorizeObjectOutcome } from '../../follow-ups/outcome-check.js';
import { assertDecidedOn, assertValidUntil, duplicateDecisionNo } from '../../sanctions/sanction-checks.js';
import { presentSanction } from '../../sanctions/present-sanction.js';
import { abilityMutation } from '../../trpc/init.js';
import { canRead, found } from '../../trpc/access.js';
import { ZCreateSanctionRequest } from './sanction.schema.js';

/** A draft 行政处罚决定 of the caller's agency, from a check or outside any. */
export const createSanctionRoute = abilityMutation.input(ZCreateSanctionRequest).mutation(async ({ ctx, input }) => {
  const owner = await authorizeObjectOutcome(ctx, input, 'Sanction', { status: 'draft' });
  assertDecidedOn(input.decidedOn, dateInShanghai(ctx.now()));
  if (await findSanctionIdByDecisionNo(ctx.db, ctx.scope, input.decisionNo)) throw duplicateDecisionNo(input.decisionNo);
  assertValidUntil(input.validUntil, input.decidedOn);
  const fields = {
    ...owner,
    decisionNo: input.decisionNo,
    basis: input.basis,
    penalty: input.penalty,
    fineFen: input.fineFen,
    decidedOn: input.decidedOn,
    violationType: input.violationType,
    facts: input.facts,
    penaltyCategories: input.penaltyCategories.length > 0 ? input.penaltyCategories : defaultPenaltyCategories(input.fineFen),
    validUntil: input.validUntil,
    severity: input.severity,
    publicityEndsOn: sanctionPublicityEndsOn(input.decidedOn, input.severity, input.validUntil),
    partyKind: input.partyKind,
  };
  const id = await insertSanction(ctx.db, ctx.scope, fields, ctx.actor.userId);
  await ctx.audit.record({ action: 'sanction.create', subjectKind: 'sanction', subjectId: id, after: fields });
  return presentSanction(found(await getSanction(ctx.db, ctx.scope, canRead(ctx.ability, 'Sanction'), id), 'Sanction'));
});
