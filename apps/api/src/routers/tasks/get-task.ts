import { findDrawOfTask, findOriginalPublication, listTaskInspectors, listTaskItems } from '@liancha/db';
import { taskCan } from '../../tasks/task-steps.js';
import { abilityQuery } from '../../trpc/init.js';
import { loadTask } from './load-task.js';
import { ZTaskRequest } from './task.schema.js';

/** A task with its participants, items, pool and draw, and the steps the caller may take on it now. */
export const getTaskRoute = abilityQuery.input(ZTaskRequest).query(async ({ ctx, input }) => {
  const { task, participants } = await loadTask(ctx, input.taskId);
  const [items, inspectors, draw, publication] = await Promise.all([
    listTaskItems(ctx.db, ctx.scope, task.id),
    listTaskInspectors(ctx.db, ctx.scope, task.id),
    findDrawOfTask(ctx.db, ctx.scope, task.id),
    findOriginalPublication(ctx.db, ctx.scope, { kind: 'joint_task', subjectId: task.id, agencyId: task.leadAgencyId }),
  ]);
  // A drawn draw has its proof bundle: it is stored in the transaction that runs the draw.
  const facts = { task, participants, draw: draw ? { status: draw.status, proof: draw.status === 'drawn' } : null, published: publication !== undefined };
  return { ...task, participants, items, inspectors, draw: draw ?? null, can: taskCan(ctx, facts) };
});
