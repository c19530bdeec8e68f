import type { ParticipantRow, TaskRow } from '@liancha/db';
import { DomainError } from '@liancha/domain';

const EDITABLE = ['draft', 'inviting', 'ready'] as const;

export const TASK_STATUS_LABELS: Record<TaskRow['status'], string> = {
  draft: '草稿',
  inviting: '邀请配合部门中',
  ready: '待抽取',
  frozen: '已冻结（抽取仪式进行中）',
  drawn: '已抽取',
  in_progress: '检查中',
  completed: '已完成',
  cancelled: '已取消',
};

/** Until the freeze, the task's matrix, items and pools may change; after it, the commitment holds them. */
export function assertTaskEditable(task: TaskRow): void {
  if (!(EDITABLE as readonly string[]).includes(task.status)) {
    throw new DomainError('precondition_failed', `任务当前状态为“${TASK_STATUS_LABELS[task.status]}”，抽取输入已冻结，不能再修改`, { reason: 'task_frozen' });
  }
}

/** Invitations all answered → the task can be prepared for the draw. */
export function statusAfterResponses(task: TaskRow, participants: ParticipantRow[]): TaskRow['status'] {
  if (task.status !== 'inviting') return task.status;
  return participants.some((p) => p.status === 'invited') ? 'inviting' : 'ready';
}
