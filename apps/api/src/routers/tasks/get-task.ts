import { countOpenChecks, findDrawOfTask, findOriginalPublication, listTaskInspectors, listTaskItems } from '@liancha/db';
import { checkApprovalApplies, pendingCheckApprovals, taskNextStep } from '@liancha/domain';
import { taskCan } from '../../tasks/task-steps.js';
import { abilityQuery } from '../../trpc/init.js';
import { loadTask } from './load-task.js';
import { ZTaskRequest } from './task.schema.js';

/** A task with its participants, items, pool and draw, and the steps the caller may take on it now. */
export const getTaskRoute = abilityQuery.input(ZTaskRequest).query(async ({ ctx, input }) => {
  const { task, participants } = await loadTask(ctx, input.taskId);
  const [items, inspectors, draw, publication, openChecks] = await Promise.all([
    listTaskItems(ctx.db, ctx.scope, task.id),
    listTaskInspectors(ctx.db, ctx.scope, task.id),
    findDrawOfTask(ctx.db, ctx.scope, task.id),
    findOriginalPublication(ctx.db, ctx.scope, { kind: 'joint_task', subjectId: task.id, agencyId: task.leadAgencyId }),
    countOpenChecks(ctx.db, ctx.scope, task.id),
  ]);
  // A drawn draw has its proof bundle: it is stored in the transaction that runs the draw.
  const facts = { task, participants, draw: draw ? { status: draw.status, proof: draw.status === 'drawn' } : null, published: publication !== undefined };
  // 行政检查审批 (the 2025 rules): asked of tasks inspecting since then, once drawn.
  const approvalRequired = checkApprovalApplies(task.inspectionStartsOn);
  const pendingApprovals = approvalRequired && draw?.status === 'drawn' ? pendingCheckApprovals(participants) : [];
  const next = taskNextStep({
    status: task.status,
    participants: participants.map((p) => ({
      ...p,
      items: items.filter((i) => i.agencyId === p.agencyId).length,
      inspectors: inspectors.filter((i) => i.agencyId === p.agencyId).length,
    })),
    configured: Object.keys(task.matrix).length > 0,
    draw: draw ?? null,
    published: facts.published,
    openChecks,
    pendingApprovals,
  });
  return {
    ...task,
    participants,
    items,
    inspectors,
    draw: draw ?? null,
    checkApproval: { required: approvalRequired, pending: pendingApprovals },
    can: taskCan(ctx, facts),
    next,
  };
});
