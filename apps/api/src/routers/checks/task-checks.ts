import { getTask } from '@liancha/db';
import { loadTaskChecks } from '../../checks/task-checks.js';
import { canRead, found } from '../../trpc/access.js';
import { abilityQuery } from '../../trpc/init.js';
import { ZTaskChecksRequest } from './check.schema.js';

/**
 * A task's checks with their teams, strata and applicable items, and per check the visit steps the
 * caller may take now: the bulk page, the printed batch and the drawn list, in one call.
 */
export const taskChecksRoute = abilityQuery.input(ZTaskChecksRequest).query(async ({ ctx, input }) => {
  // The task's window and partners are the task's: only who may read the task gets them.
  found(await getTask(ctx.db, ctx.scope, canRead(ctx.ability, 'JointTask'), input.taskId), 'JointTask');
  const { checks, participants, window } = await loadTaskChecks(ctx, input.taskId);
  return {
    window,
    participants: participants.map((p) => ({ agencyId: p.agencyId, agencyName: p.agencyName, status: p.status, role: p.role })),
    checks: checks.map(({ teamInspectorIds: _ids, ...row }) => row),
  };
});
