import { assertCan, subjectOf } from '@liancha/authz';
import { findSanctionIdByDecisionNo, getObject, getSanction, insertSanction } from '@liancha/db';
import { dateInShanghai } from '@liancha/domain';
import { enforce } from '../../can/refusal.js';
import { loadOutcomeCheck, outcomeRefusal } from '../../follow-ups/outcome-check.js';
import { requireAgency } from '../../registry/require-agency.js';
import { assertDecidedOn, duplicateDecisionNo } from '../../sanctions/sanction-checks.js';
import { presentSanction } from '../../sanctions/present-sanction.js';
import { abilityMutation } from '../../trpc/init.js';
import { canRead, found } from '../../trpc/access.js';
import { ZCreateSanctionRequest } from './sanction.schema.js';

/** A draft 行政处罚决定 of the caller's agency, from a check or outside any. */
export const createSanctionRoute = abilityMutation.input(ZCreateSanctionRequest).mutation(async ({ ctx, input }) => {
  const agencyId = requireAgency(ctx.actor);
  const object = found(await getObject(ctx.db, ctx.scope, canRead(ctx.ability, 'Object'), input.objectId), 'Object');
  const check = input.checkId === null ? null : await loadOutcomeCheck(ctx, input.checkId, object.id);
  if (check) enforce(outcomeRefusal(ctx, check, 'Sanction'));
  assertCan(
    ctx.ability,
    'create',
    subjectOf('Sanction', {
      id: '',
      regionCode: ctx.scope.regionCode,
      checkId: check?.id ?? null,
      objectId: object.id,
      agencyId,
      status: 'draft',
      taskId: check ? [check.taskId] : [],
      teamInspectorIds: check?.teamInspectorIds ?? [],
    }),
  );
  assertDecidedOn(input.decidedOn, dateInShanghai(ctx.now()));
  if (await findSanctionIdByDecisionNo(ctx.db, ctx.scope, input.decisionNo)) throw duplicateDecisionNo(input.decisionNo);
  const fields = {
    checkId: check?.id ?? null,
    objectId: object.id,
    agencyId,
    decisionNo: input.decisionNo,
    basis: input.basis,
    penalty: input.penalty,
    fineFen: input.fineFen,
    decidedOn: input.decidedOn,
  };
  const id = await insertSanction(ctx.db, ctx.scope, fields, ctx.actor.userId);
  await ctx.audit.record({ action: 'sanction.create', subjectKind: 'sanction', subjectId: id, after: fields });
  return presentSanction(found(await getSanction(ctx.db, ctx.scope, canRead(ctx.ability, 'Sanction'), id), 'Sanction'));
});
