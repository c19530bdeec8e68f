import { approveTaskChecks, listParticipants } from '@liancha/db';
import { DomainError, pendingCheckApprovals } from '@liancha/domain';
import { giveInspectionCodes } from '../../tasks/inspection-codes.js';
import { requireAgency } from '../../registry/require-agency.js';
import { assertTaskStep } from '../../tasks/task-steps.js';
import { abilityMutation } from '../../trpc/init.js';
import { loadTask } from './load-task.js';
import { ZApproveChecksRequest } from './task.schema.js';

/**
 * 行政检查审批 of a joint task's checks, once per task and agency: the caller (the agency's head)
 * approves its agency's part. With the last approval every check of the task gets its 检查码.
 */
export const approveTaskChecksRoute = abilityMutation.input(ZApproveChecksRequest).mutation(async ({ ctx, input }) => {
  const agencyId = requireAgency(ctx.actor);
  const { task, participants } = await loadTask(ctx, input.taskId);
  assertTaskStep(ctx, { task, participants, draw: null, published: false }, 'approveChecks');
  const note = input.note || null;
  if (!(await approveTaskChecks(ctx.db, ctx.scope, { taskId: task.id, agencyId, by: ctx.actor.userId, at: ctx.now(), note })))
    throw new DomainError('conflict', '本部门负责人已审批该任务的检查', { reason: 'already_approved' });
  const pending = pendingCheckApprovals(await listParticipants(ctx.db, ctx.scope, task.id));
  const coded = pending.length === 0 ? await giveInspectionCodes(ctx.db, ctx.scope, task.id) : 0;
  await ctx.audit.record({ action: 'jointTask.approve_checks', subjectKind: 'jointTask', subjectId: task.id, after: { agencyId, note, pending, coded } });
  return { pending, coded };
});
