import { applicableItems } from '@liancha/domain';
import { getCheck, listParticipants, listResults, listTaskItems, listTeam, taskWindow, type Executor } from '@liancha/db';
import type { AbilityContext } from '../trpc/ability.js';
import { canRead, found } from '../trpc/access.js';

/**
 * A check through the caller's abilities, with what rules about it need: team, results, and the
 * task's items that apply to the check's object (its 行业领域 and 细分行业), the only ones asked for.
 */
export async function loadCheck(ctx: AbilityContext & { db: Executor }, checkId: string) {
  const check = found(await getCheck(ctx.db, ctx.scope, canRead(ctx.ability, 'Check'), checkId), 'Check');
  const [team, taskItems, results, participants, window] = await Promise.all([
    listTeam(ctx.db, ctx.scope, check.id),
    listTaskItems(ctx.db, ctx.scope, check.taskId),
    listResults(ctx.db, ctx.scope, check.id),
    listParticipants(ctx.db, ctx.scope, check.taskId),
    taskWindow(ctx.db, ctx.scope, check.taskId),
  ]);
  const items = applicableItems(taskItems, check.sectorCode, check.subSectorCode);
  return { check, team, items, results, participants, window, teamInspectorIds: team.map((m) => m.inspectorId).sort() };
}
