import { assertCanUpdate } from '@liancha/authz';
import { findSanctionIdByDecisionNo, getSanction, updateSanctionDraft } from '@liancha/db';
import { dateInShanghai, defaultPenaltyCategories, sanctionPublicityEndsOn } from '@liancha/domain';
import { assertDecidedOn, assertValidUntil, duplicateDecisionNo } from '../../sanctions/sanction-checks.js';
import { presentSanction } from '../../sanctions/present-sanction.js';
import { assertSanctionStep } from '../../sanctions/sanction-permissions.js';
import { assertSanctionEditable } from '../../sanctions/sanction-state.js';
import { abilityMutation } from '../../trpc/init.js';
import { canRead, found } from '../../trpc/access.js';
import { ZUpdateSanctionRequest } from './sanction.schema.js';

/** Edit a draft decision; approved and published ones are refused. */
export const updateSanctionRoute = abilityMutation.input(ZUpdateSanctionRequest).mutation(async ({ ctx, input }) => {
  const access = canRead(ctx.ability, 'Sanction');
  const before = found(await getSanction(ctx.db, ctx.scope, access, input.id, { forUpdate: true }), 'Sanction');
  assertSanctionStep(ctx.ability, before, 'update');
  assertCanUpdate(ctx.ability, 'Sanction', before, input.patch);
  if (input.patch.decidedOn !== undefined) assertDecidedOn(input.patch.decidedOn, dateInShanghai(ctx.now()));
  if (input.patch.decisionNo !== undefined && input.patch.decisionNo !== before.decisionNo) {
    if (await findSanctionIdByDecisionNo(ctx.db, ctx.scope, input.patch.decisionNo)) throw duplicateDecisionNo(input.patch.decisionNo);
  }
  const decidedOn = input.patch.decidedOn ?? before.decidedOn;
  const validUntil = input.patch.validUntil === undefined ? before.validUntil : input.patch.validUntil;
  const severity = input.patch.severity ?? before.severity;
  assertValidUntil(validUntil, decidedOn);
  const patch = {
    ...input.patch,
    // The 公示截止期 always follows the rule from the decision as it now stands.
    publicityEndsOn: sanctionPublicityEndsOn(decidedOn, severity, validUntil),
    ...(input.patch.penaltyCategories?.length === 0 ? { penaltyCategories: defaultPenaltyCategories(input.patch.fineFen ?? before.fineFen) } : {}),
  };
  if (!(await updateSanctionDraft(ctx.db, ctx.scope, before.id, patch, ctx.now()))) assertSanctionEditable('approved');
  const after = presentSanction(found(await getSanction(ctx.db, ctx.scope, access, before.id), 'Sanction'));
  await ctx.audit.record({ action: 'sanction.update', subjectKind: 'sanction', subjectId: before.id, before: presentSanction(before), after });
  return after;
});
