import { getTask, listParticipants, type TaskRow } from '@liancha/db';
import type { AbilityContext } from '../../trpc/ability.js';
import type { MutationContext } from '../../trpc/mutation-context.js';
import { requireAgency } from '../../registry/require-agency.js';
import { assertTaskStep } from '../../tasks/task-steps.js';
import type { Executor } from '@liancha/db';
import { canRead, found } from '../../trpc/access.js';

/** A task through the caller's abilities (NOT_FOUND when out of reach), with its participants. */
export async function loadTask(ctx: AbilityContext & { db: Executor }, taskId: string) {
  const task: TaskRow = found(await getTask(ctx.db, ctx.scope, canRead(ctx.ability, 'JointTask'), taskId), 'JointTask');
  const participants = await listParticipants(ctx.db, ctx.scope, task.id);
  return { task, participants };
}

/** A participant's own part of the task (its items, its inspectors): the caller's agency and the task, once the step is allowed. */
export async function loadOwnTaskStep(ctx: MutationContext, taskId: string, step: 'setItems' | 'setInspectors') {
  const agencyId = requireAgency(ctx.actor);
  const { task, participants } = await loadTask(ctx, taskId);
  assertTaskStep(ctx, { task, participants, draw: null, published: false }, step);
  return { agencyId, task };
}
