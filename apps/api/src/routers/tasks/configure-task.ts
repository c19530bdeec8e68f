import { updateTask } from '@liancha/db';
import { assertTaskStep } from '../../tasks/task-steps.js';
import { abilityMutation } from '../../trpc/init.js';
import { loadTask } from './load-task.js';
import { ZConfigureRequest } from './task.schema.js';

/** The lead sets the object matrix (pool, strata, ratio/count per stratum) and the team rules. */
export const configureTaskRoute = abilityMutation.input(ZConfigureRequest).mutation(async ({ ctx, input }) => {
  const { task, participants } = await loadTask(ctx, input.taskId);
  assertTaskStep(ctx, { task, participants, draw: null, published: false }, 'configure');
  await updateTask(ctx.db, ctx.scope, task.id, { poolFilter: input.poolFilter, matrix: input.matrix, teamRules: input.teamRules ?? {} }, ctx.now());
  await ctx.audit.record({
    action: 'jointTask.configure',
    subjectKind: 'jointTask',
    subjectId: task.id,
    before: { poolFilter: task.poolFilter, matrix: task.matrix, teamRules: task.teamRules },
    after: { poolFilter: input.poolFilter, matrix: input.matrix, teamRules: input.teamRules },
  });
  return { ok: true as const };
});
