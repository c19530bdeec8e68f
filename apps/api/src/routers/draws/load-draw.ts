import { getDraw, getTask, listParticipants } from '@liancha/db';
import type { Executor } from '@liancha/db';
import type { AbilityContext } from '../../trpc/ability.js';
import { canRead, found } from '../../trpc/access.js';

/** A draw through the caller's abilities, with its task and participants (not its pool or bundle: getDrawBundle where needed). */
export async function loadDraw(ctx: AbilityContext & { db: Executor }, drawId: string) {
  const draw = found(await getDraw(ctx.db, ctx.scope, canRead(ctx.ability, 'Draw'), drawId), 'Draw');
  const task = found(await getTask(ctx.db, ctx.scope, canRead(ctx.ability, 'JointTask'), draw.taskId), 'JointTask');
  const participants = await listParticipants(ctx.db, ctx.scope, task.id);
  return { draw, task, participants };
}
