import { EVERY_ROW, listInspectors, replaceTaskInspectors } from '@liancha/db';
import { DomainError } from '@liancha/domain';
import { abilityMutation } from '../../trpc/init.js';
import { loadOwnTaskStep } from './load-task.js';
import { ZSetInspectorsRequest } from './task.schema.js';

/** Each participant names the inspectors it puts into the task's roster. */
export const setTaskInspectorsRoute = abilityMutation.input(ZSetInspectorsRequest).mutation(async ({ ctx, input }) => {
  const { agencyId, task } = await loadOwnTaskStep(ctx, input.taskId, 'setInspectors');
  const own = await listInspectors(ctx.db, ctx.scope, EVERY_ROW, { page: 1, pageSize: 5000, sort: { field: 'name', direction: 'asc' }, filter: { agencyId } });
  const ids = new Set(own.rows.map((r) => r.id));
  const issues = input.inspectorIds.flatMap((id, i) => (ids.has(id) ? [] : [{ field: `inspectorIds.${i}`, message: '检查人员不属于本部门或已归档' }]));
  if (issues.length > 0) throw new DomainError('bad_request', issues[0]!.message, { reason: 'task_inspectors_invalid', issues });
  await replaceTaskInspectors(ctx.db, ctx.scope, task.id, agencyId, [...new Set(input.inspectorIds)]);
  await ctx.audit.record({
    action: 'jointTask.setInspectors',
    subjectKind: 'jointTask',
    subjectId: task.id,
    after: { agencyId, inspectorIds: input.inspectorIds },
  });
  return { ok: true as const };
});
