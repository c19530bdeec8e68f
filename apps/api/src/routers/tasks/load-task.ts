import { getTask, listParticipants, type TaskRow } from '@liancha/db';
import type { AbilityContext } from '../../trpc/ability.js';
import type { Executor } from '@liancha/db';
import { canRead, found } from '../../trpc/access.js';

/** A task through the caller's abilities (NOT_FOUND when out of reach), with its participants. */
export async function loadTask(ctx: AbilityContext & { db: Executor }, taskId: string) {
  const task: TaskRow = found(await getTask(ctx.db, ctx.scope, canRead(ctx.ability, 'JointTask'), taskId), 'JointTask');
  const participants = await listParticipants(ctx.db, ctx.scope, task.id);
  return { task, participants };
}
