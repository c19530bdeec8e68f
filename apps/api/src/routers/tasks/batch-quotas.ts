import { suggestBatchQuotas } from '../../tasks/suggest-batch-quotas.js';
import { abilityQuery } from '../../trpc/init.js';
import { loadTask } from './load-task.js';
import { ZTaskRequest } from './task.schema.js';

/** Per stratum: the year's floor, what earlier batches drew, and this batch's count. */
export const batchQuotasRoute = abilityQuery.input(ZTaskRequest).query(async ({ ctx, input }) => {
  const { task } = await loadTask(ctx, input.taskId);
  return suggestBatchQuotas(ctx.db, ctx.scope, task);
});
