import type { ParticipantRow, TaskRow } from '@liancha/db';
import { DomainError, isOneOf, TASK_CONFIGURABLE_STATUSES, TASK_STATUS_LABELS } from '@liancha/domain';

/** Until the freeze, the task's matrix, items and pools may change; after it, the commitment holds them. */
export function assertTaskEditable(task: TaskRow): void {
  if (!isOneOf(TASK_CONFIGURABLE_STATUSES, task.status)) {
    throw new DomainError('precondition_failed', `任务当前状态为“${TASK_STATUS_LABELS[task.status]}”，抽取输入已冻结，不能再修改`, { reason: 'task_frozen' });
  }
}

/** Invitations all answered → the task can be prepared for the draw. */
export function statusAfterResponses(task: TaskRow, participants: ParticipantRow[]): TaskRow['status'] {
  if (task.status !== 'inviting') return task.status;
  return participants.some((p) => p.status === 'invited') ? 'inviting' : 'ready';
}
