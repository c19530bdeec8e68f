import { findOriginalPublication } from '@liancha/db';
import { checkNextStep } from '@liancha/domain';
import { checkEvidence } from '../../attachments/check-evidence.js';
import { checkCan, ownResultsStatus } from '../../checks/check-steps.js';
import { loadCheck } from '../../checks/load-check.js';
import { abilityQuery } from '../../trpc/init.js';
import { ZCheckRequest } from './check.schema.js';

/**
 * One check (一户一查): the object, the team, every agency's items and results, the notice; and
 * for the caller, its agency's results at a glance (`mine`) and the steps it may take now (`can`,
 * decided by the same function as each step's mutation).
 */
export const getCheckRoute = abilityQuery.input(ZCheckRequest).query(async ({ ctx, input }) => {
  const loaded = await loadCheck(ctx, input.checkId);
  const { teamInspectorIds: _ids, ...shown } = loaded;
  const agencyId = ctx.actor.agencyId;
  const [evidence, publication] = await Promise.all([
    checkEvidence(ctx.db, ctx.scope, loaded.check.id),
    agencyId ? findOriginalPublication(ctx.db, ctx.scope, { kind: 'result', subjectId: loaded.check.id, agencyId }) : undefined,
  ]);
  const mine = loaded.results.filter((r) => r.agencyId === agencyId);
  return {
    ...shown,
    evidence,
    mine: agencyId
      ? { status: ownResultsStatus(mine.map((r) => r.status)), items: loaded.items.filter((i) => i.agencyId === agencyId).length, recorded: mine.length }
      : null,
    can: checkCan(ctx, { ...loaded, resultsPublished: publication !== undefined }),
    next: checkNextStep({
      status: loaded.check.status,
      scheduledOn: loaded.check.scheduledOn,
      // One entry per agency (an internal task lists its agency once per unit).
      agencies: [...new Map(loaded.participants.map((p) => [p.agencyId, p])).values()]
        .filter((p) => p.status === 'confirmed' && loaded.items.some((i) => i.agencyId === p.agencyId))
        .map((p) => ({
          name: p.agencyName,
          items: loaded.items.filter((i) => i.agencyId === p.agencyId).length,
          results: loaded.results.filter((r) => r.agencyId === p.agencyId).map((r) => r.status),
        })),
    }),
  };
});
