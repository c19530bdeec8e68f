import { vocabulary } from './words.js';

/** 联合抽查任务: prepared (draft → inviting → ready), frozen for the draw, drawn, inspected. */
export const { codes: TASK_STATUSES, labels: TASK_STATUS_LABELS } = vocabulary({
  draft: '草稿',
  inviting: '邀请配合部门中',
  ready: '待抽取',
  frozen: '抽取仪式进行中',
  drawn: '已抽取',
  in_progress: '检查中',
  completed: '已完成',
  cancelled: '已取消',
});
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** Until the freeze the task's matrix, items and pools may change; after it, the commitment holds them. */
export const TASK_CONFIGURABLE_STATUSES = ['draft', 'inviting', 'ready'] as const satisfies readonly TaskStatus[];

/** A task between agencies, or inside one agency (its units). */
export const TASK_KINDS = ['inter_agency', 'internal'] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

export const PARTICIPANT_ROLES = ['lead', 'partner'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

export const { codes: PARTICIPANT_STATUSES, labels: PARTICIPANT_STATUS_LABELS } = vocabulary({
  invited: '待确认',
  confirmed: '已确认参加',
  declined: '已拒绝',
});
export type ParticipantStatus = (typeof PARTICIPANT_STATUSES)[number];
