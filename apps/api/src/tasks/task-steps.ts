import { assertCan, subjectOf, type AppAbility, type UserActor } from '@liancha/authz';
import type { ParticipantRow, RegionScope, TaskRow } from '@liancha/db';
import { checkApprovalApplies, DomainError } from '@liancha/domain';
import { caught, enforce, firstRefusal, flagsOf, forbiddenUnless, type Refusal } from '../can/refusal.js';
import { taskPublishRefusal } from '../publications/task-publish-rule.js';
import { requireAgency } from '../registry/require-agency.js';
import { assertTaskEditable } from './task-guards.js';

/** A joint task's steps the portal offers: answer the invitation, name items and inspectors, set the matrix, open the draw, publish. */
export const TASK_STEPS = ['respond', 'setItems', 'setInspectors', 'configure', 'openDraw', 'publish', 'approveChecks'] as const;
export type TaskStep = (typeof TASK_STEPS)[number];

export interface TaskStepContext {
  ability: AppAbility;
  actor: UserActor;
  scope: RegionScope;
}

export interface TaskFacts {
  task: TaskRow;
  participants: ParticipantRow[];
  /** The task's draw, if one was opened; `proof` once its bundle is stored. */
  draw: { status: string; proof: boolean } | null;
  /** The task's notice is already public (抽查任务公告). */
  published: boolean;
}

/** A partner's invitation row (an internal task has none). */
export const invitationOf = (participants: ParticipantRow[], agencyId: string | null) =>
  participants.find((p) => p.agencyId === agencyId && p.role === 'partner');

/**
 * Each participant brings its own items and inspectors once it has confirmed: an invited agency
 * answers first (an agency that has not said yes does not shape the draw).
 */
function confirmedParticipant(participants: ParticipantRow[], agencyId: string | null): Refusal {
  const rows = participants.filter((p) => p.agencyId === agencyId && p.status !== 'declined');
  if (rows.length === 0) return new DomainError('forbidden', '本部门未参加该联合抽查任务', { reason: 'not_participating' });
  if (!rows.some((p) => p.status === 'confirmed'))
    return new DomainError('precondition_failed', '请先确认参加该任务，再选定本部门的抽查事项和检查人员', { reason: 'not_confirmed' });
  return null;
}

/** May the caller take `step` on this task now? Who (participation, ability), then when (the task's state). */
export function taskStepRefusal(ctx: TaskStepContext, facts: TaskFacts, step: TaskStep): Refusal {
  const { task, participants } = facts;
  const agencyId = ctx.actor.agencyId;
  const editable = () => caught(() => assertTaskEditable(task));
  switch (step) {
    case 'respond': {
      const mine = invitationOf(participants, agencyId);
      return firstRefusal(
        () => caught(() => requireAgency(ctx.actor)),
        () => (mine ? null : new DomainError('forbidden', '本部门未被邀请参加该任务', { reason: 'not_invited' })),
        () =>
          caught(() =>
            assertCan(
              ctx.ability,
              'update',
              subjectOf('JointTaskParticipant', { regionCode: ctx.scope.regionCode, taskId: task.id, agencyId, status: mine!.status }),
              'status',
            ),
          ),
        () =>
          mine!.status === 'invited'
            ? null
            : new DomainError('conflict', mine!.status === 'confirmed' ? '本部门已确认参加' : '本部门已拒绝参加', { reason: 'already_responded' }),
        () => (task.status === 'inviting' ? null : new DomainError('precondition_failed', '任务已不在邀请阶段', { reason: 'task_state' })),
      );
    }
    case 'setItems':
    case 'setInspectors':
      return firstRefusal(
        () => caught(() => requireAgency(ctx.actor)),
        () => confirmedParticipant(participants, agencyId),
        () =>
          forbiddenUnless(
            ctx.ability,
            'create',
            subjectOf(step === 'setItems' ? 'JointTaskItem' : 'JointTaskInspector', { regionCode: ctx.scope.regionCode, taskId: task.id, agencyId }),
          ),
        editable,
      );
    case 'configure':
      return firstRefusal(() => forbiddenUnless(ctx.ability, 'update', subjectOf('JointTask', task)), editable);
    case 'openDraw':
      return firstRefusal(
        () => forbiddenUnless(ctx.ability, 'create', subjectOf('Draw', { regionCode: ctx.scope.regionCode, taskId: task.id, status: 'open' })),
        () =>
          task.status === 'ready'
            ? null
            : new DomainError('precondition_failed', '任务须在全部配合部门答复后、且尚未抽取时才能开始抽取仪式', { reason: 'task_state' }),
        () => (facts.draw ? new DomainError('conflict', '该任务已开始过抽取仪式；抽取不能重来', { reason: 'draw_exists' }) : null),
      );
    case 'approveChecks':
      return approveChecksRefusal(ctx, facts);
    case 'publish':
      return firstRefusal(
        () => taskPublishRefusal(ctx, { taskId: task.id, leadAgencyId: task.leadAgencyId, status: task.status, draw: facts.draw }),
        () => (facts.published ? new DomainError('conflict', '已公示过，如需修改请发布更正公示', { reason: 'already_published' }) : null),
      );
  }
}

/**
 * 行政检查审批, once per task: the head (agency leader) of each agency that confirmed approves its part
 * of the drawn checks before any notice or visit; never a task they created themselves.
 */
function approveChecksRefusal(ctx: TaskStepContext, facts: TaskFacts): Refusal {
  const { task, participants } = facts;
  const agencyId = ctx.actor.agencyId;
  const mine = participants.filter((p) => p.agencyId === agencyId && p.status === 'confirmed');
  return firstRefusal(
    () => caught(() => requireAgency(ctx.actor)),
    () => (mine.length > 0 ? null : new DomainError('forbidden', '本部门未参加该联合抽查任务', { reason: 'not_participating' })),
    () => forbiddenUnless(ctx.ability, 'approve', subjectOf('JointTaskParticipant', { regionCode: ctx.scope.regionCode, taskId: task.id, agencyId })),
    () =>
      checkApprovalApplies(task.inspectionStartsOn)
        ? null
        : new DomainError('precondition_failed', '该任务的检查早于2025年行政检查审批规定施行，无需审批', { reason: 'approval_not_required' }),
    () =>
      task.inspectionStartsOn && task.inspectionEndsOn
        ? null
        : new DomainError('precondition_failed', '请先确定任务的检查时间，审批和检查码以此为准', { reason: 'task_dates_missing' }),
    () =>
      mine.every((p) => p.checksApprovedAt === null) ? null : new DomainError('conflict', '本部门负责人已审批该任务的检查', { reason: 'already_approved' }),
    () =>
      task.status === 'drawn' || task.status === 'in_progress'
        ? null
        : new DomainError('precondition_failed', '抽取完成、检查名单确定后才能审批检查', { reason: 'task_state' }),
    () =>
      task.createdBy === ctx.actor.userId
        ? new DomainError('forbidden', '不能审批本人创建的任务的检查，请由本部门其他负责人审批', { reason: 'own_request' })
        : null,
  );
}

export function assertTaskStep(ctx: TaskStepContext, facts: TaskFacts, step: TaskStep): void {
  enforce(taskStepRefusal(ctx, facts, step));
}

/** Every step as a flag, for tasks.get. */
export function taskCan(ctx: TaskStepContext, facts: TaskFacts): Record<TaskStep, boolean> {
  return flagsOf(Object.fromEntries(TASK_STEPS.map((step) => [step, taskStepRefusal(ctx, facts, step)])) as Record<TaskStep, Refusal>);
}
