import { EVERY_ROW, listItems, replaceTaskItems } from '@liancha/db';
import { DomainError } from '@liancha/domain';
import { abilityMutation } from '../../trpc/init.js';
import { loadOwnTaskStep } from './load-task.js';
import { ZSetItemsRequest } from './task.schema.js';

/** Each participant names its own items — published ones only: nothing off the published list is inspected. */
export const setTaskItemsRoute = abilityMutation.input(ZSetItemsRequest).mutation(async ({ ctx, input }) => {
  const { agencyId, task } = await loadOwnTaskStep(ctx, input.taskId, 'setItems');
  const own = await listItems(ctx.db, ctx.scope, EVERY_ROW, { page: 1, pageSize: 1000, sort: { field: 'code', direction: 'asc' }, filter: { agencyId } });
  const byId = new Map(own.rows.map((r) => [r.id, r]));
  const issues = input.itemIds.flatMap((id, i) => {
    const item = byId.get(id);
    if (!item) return [{ field: `itemIds.${i}`, message: '抽查事项不属于本部门或已归档' }];
    if (!item.publishedAt) return [{ field: `itemIds.${i}`, message: `抽查事项“${item.name}”尚未公布，不能用于抽查` }];
    return [];
  });
  if (issues.length > 0) throw new DomainError('bad_request', issues.map((i) => i.message).join('；'), { reason: 'task_items_invalid', issues });
  await replaceTaskItems(ctx.db, ctx.scope, task.id, agencyId, input.itemIds);
  await ctx.audit.record({ action: 'jointTask.setItems', subjectKind: 'jointTask', subjectId: task.id, after: { agencyId, itemIds: input.itemIds } });
  return { ok: true as const };
});
