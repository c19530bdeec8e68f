/** 督办单 of the leadership group to an agency: open until answered, closed by the group. */
export const NOTE_STATUSES = ['open', 'responded', 'closed'] as const;
export type NoteStatus = (typeof NOTE_STATUSES)[number];

export const NOTE_STATUS_LABELS: Record<NoteStatus, string> = { open: '待办理', responded: '已答复（待领导小组办结）', closed: '已办结' };
