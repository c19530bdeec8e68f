import { checkEvidence } from '../../attachments/check-evidence.js';
import { loadCheck } from '../../checks/load-check.js';
import { abilityQuery } from '../../trpc/init.js';
import { ZCheckRequest } from './check.schema.js';

/** One check (一户一查): the object, the team, every agency's items and results, the notice. */
export const getCheckRoute = abilityQuery.input(ZCheckRequest).query(async ({ ctx, input }) => {
  const { teamInspectorIds: _ids, ...loaded } = await loadCheck(ctx, input.checkId);
  return { ...loaded, evidence: await checkEvidence(ctx.db, ctx.scope, loaded.check.id) };
});
