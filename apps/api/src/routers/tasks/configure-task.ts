import { updateTask } from '@liancha/db';
import { assertCapsWithinPlan, taskPlan } from '../../plans/plan-caps.js';
import { taskFloorReach } from '../../tasks/task-floor.js';
import { assertTaskStep } from '../../tasks/task-steps.js';
import { abilityMutation } from '../../trpc/init.js';
import { loadTask } from './load-task.js';
import { ZConfigureRequest } from './task.schema.js';

/**
 * The lead sets the object matrix (pool, strata, ratio/count per stratum) and the team rules.
 * Caps looser than the plan in force are refused; the answer says how far the year then
 * reaches the plan's ratio floor per sector (null for ad hoc tasks).
 */
export const configureTaskRoute = abilityMutation.input(ZConfigureRequest).mutation(async ({ ctx, input }) => {
  const { task, participants } = await loadTask(ctx, input.taskId);
  assertTaskStep(ctx, { task, participants, draw: null, published: false }, 'configure');
  if (task.inspectionStartsOn)
    assertCapsWithinPlan(await taskPlan(ctx.db, ctx.scope, task, Number(task.inspectionStartsOn.slice(0, 4))), input.matrix.frequencyCap, 'bad_request');
  await updateTask(ctx.db, ctx.scope, task.id, { poolFilter: input.poolFilter, matrix: input.matrix, teamRules: input.teamRules ?? {} }, ctx.now());
  await ctx.audit.record({
    action: 'jointTask.configure',
    subjectKind: 'jointTask',
    subjectId: task.id,
    before: { poolFilter: task.poolFilter, matrix: task.matrix, teamRules: task.teamRules },
    after: { poolFilter: input.poolFilter, matrix: input.matrix, teamRules: input.teamRules },
  });
  const floor = await taskFloorReach(ctx.db, ctx.scope, { ...task, poolFilter: input.poolFilter, matrix: input.matrix, teamRules: input.teamRules ?? {} });
  return { ok: true as const, floor };
});
