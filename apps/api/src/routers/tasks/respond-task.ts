import { assertCan, subjectOf } from '@liancha/authz';
import { listParticipants, setParticipantStatus, updateTask } from '@liancha/db';
import { DomainError } from '@liancha/domain';
import { requireAgency } from '../../registry/require-agency.js';
import { statusAfterResponses } from '../../tasks/task-guards.js';
import { abilityMutation } from '../../trpc/init.js';
import { loadTask } from './load-task.js';
import { ZRespondRequest } from './task.schema.js';

/** A partner agency confirms (or declines) the invitation to a joint task. */
export const respondTaskRoute = abilityMutation.input(ZRespondRequest).mutation(async ({ ctx, input }) => {
  const agencyId = requireAgency(ctx.actor);
  const { task, participants } = await loadTask(ctx, input.taskId);
  const mine = participants.find((p) => p.agencyId === agencyId && p.role === 'partner');
  if (!mine) throw new DomainError('forbidden', '本部门未被邀请参加该任务', { reason: 'not_invited' });
  assertCan(ctx.ability, 'update', subjectOf('JointTaskParticipant', { regionCode: ctx.scope.regionCode, taskId: task.id, agencyId, status: mine.status }), 'status');
  if (mine.status !== 'invited') throw new DomainError('conflict', mine.status === 'confirmed' ? '本部门已确认参加' : '本部门已拒绝参加', { reason: 'already_responded' });
  if (task.status !== 'inviting') throw new DomainError('precondition_failed', '任务已不在邀请阶段', { reason: 'task_state' });
  const status = input.accept ? 'confirmed' : 'declined';
  await setParticipantStatus(ctx.db, ctx.scope, mine.id, status, ctx.actor.userId, ctx.now());
  const next = statusAfterResponses(task, await listParticipants(ctx.db, ctx.scope, task.id));
  if (next !== task.status) await updateTask(ctx.db, ctx.scope, task.id, { status: next }, ctx.now());
  await ctx.audit.record({ action: `jointTask.${status === 'confirmed' ? 'confirm' : 'decline'}`, subjectKind: 'jointTask', subjectId: task.id, after: { agencyId, status } });
  return { status, taskStatus: next };
});
