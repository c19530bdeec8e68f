import { findDrawOfTask, listTaskInspectors, listTaskItems } from '@liancha/db';
import { abilityQuery } from '../../trpc/init.js';
import { loadTask } from './load-task.js';
import { ZTaskRequest } from './task.schema.js';

export const getTaskRoute = abilityQuery.input(ZTaskRequest).query(async ({ ctx, input }) => {
  const { task, participants } = await loadTask(ctx, input.taskId);
  const [items, inspectors, draw] = await Promise.all([
    listTaskItems(ctx.db, ctx.scope, task.id),
    listTaskInspectors(ctx.db, ctx.scope, task.id),
    findDrawOfTask(ctx.db, ctx.scope, task.id),
  ]);
  return { ...task, participants, items, inspectors, draw: draw ?? null };
});
