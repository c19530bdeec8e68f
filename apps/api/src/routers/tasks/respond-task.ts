import { listParticipants, setParticipantStatus, updateTask } from '@liancha/db';
import { requireAgency } from '../../registry/require-agency.js';
import { statusAfterResponses } from '../../tasks/task-guards.js';
import { assertTaskStep, invitationOf } from '../../tasks/task-steps.js';
import { abilityMutation } from '../../trpc/init.js';
import { loadTask } from './load-task.js';
import { ZRespondRequest } from './task.schema.js';

/** A partner agency confirms (or declines) the invitation to a joint task. */
export const respondTaskRoute = abilityMutation.input(ZRespondRequest).mutation(async ({ ctx, input }) => {
  const agencyId = requireAgency(ctx.actor);
  const { task, participants } = await loadTask(ctx, input.taskId);
  assertTaskStep(ctx, { task, participants, draw: null, published: false }, 'respond');
  const mine = invitationOf(participants, agencyId)!;
  const status = input.accept ? 'confirmed' : 'declined';
  await setParticipantStatus(ctx.db, ctx.scope, mine.id, status, ctx.actor.userId, ctx.now());
  const next = statusAfterResponses(task, await listParticipants(ctx.db, ctx.scope, task.id));
  if (next !== task.status) await updateTask(ctx.db, ctx.scope, task.id, { status: next }, ctx.now());
  await ctx.audit.record({
    action: `jointTask.${status === 'confirmed' ? 'confirm' : 'decline'}`,
    subjectKind: 'jointTask',
    subjectId: task.id,
    after: { agencyId, status },
  });
  return { status, taskStatus: next };
});
