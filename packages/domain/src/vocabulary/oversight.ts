import { vocabulary } from './words.js';

/** 督办单 of the leadership group to an agency: open until answered, closed by the group. */
export const { codes: NOTE_STATUSES, labels: NOTE_STATUS_LABELS } = vocabulary({ open: '待办理', responded: '已答复（待领导小组办结）', closed: '已办结' });
export type NoteStatus = (typeof NOTE_STATUSES)[number];
