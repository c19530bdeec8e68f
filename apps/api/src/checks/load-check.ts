import { getCheck, listParticipants, listResults, listTaskItems, listTeam, type Executor } from '@liancha/db';
import type { AbilityContext } from '../trpc/ability.js';
import { canRead, found } from '../trpc/access.js';

/** A check through the caller's abilities, with what rules about it need: team, items, results. */
export async function loadCheck(ctx: AbilityContext & { db: Executor }, checkId: string) {
  const check = found(await getCheck(ctx.db, ctx.scope, canRead(ctx.ability, 'Check'), checkId), 'Check');
  const [team, items, results, participants] = await Promise.all([
    listTeam(ctx.db, ctx.scope, check.id),
    listTaskItems(ctx.db, ctx.scope, check.taskId),
    listResults(ctx.db, ctx.scope, check.id),
    listParticipants(ctx.db, ctx.scope, check.taskId),
  ]);
  return { check, team, items, results, participants, teamInspectorIds: team.map((m) => m.inspectorId).sort() };
}
