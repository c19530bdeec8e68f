import { canReadAgencyFigures } from '../../oversight/agency-scope.js';
import { suggestBatchQuotas } from '../../tasks/suggest-batch-quotas.js';
import { taskFloorReach } from '../../tasks/task-floor.js';
import { abilityQuery } from '../../trpc/init.js';
import { loadTask } from './load-task.js';
import { ZTaskRequest } from './task.schema.js';

/**
 * Per stratum: the year's floor, what earlier batches drew, and this batch's count; and how far
 * the year reaches the plan's floor per sector with the matrix as saved (for those who may read
 * the lead agency's figures).
 */
export const batchQuotasRoute = abilityQuery.input(ZTaskRequest).query(async ({ ctx, input }) => {
  const { task } = await loadTask(ctx, input.taskId);
  const [quotas, floor] = await Promise.all([
    suggestBatchQuotas(ctx.db, ctx.scope, task),
    canReadAgencyFigures(ctx.ability, ctx.scope, task.leadAgencyId) ? taskFloorReach(ctx.db, ctx.scope, task) : Promise.resolve(null),
  ]);
  return { ...quotas, floor };
});
