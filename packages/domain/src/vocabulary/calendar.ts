/** A day of an official holiday schedule: a holiday, or a weekend day made a working day (调休上班). */
export const SCHEDULE_DAY_KINDS = ['holiday', 'workday'] as const;
export type ScheduleDayKind = (typeof SCHEDULE_DAY_KINDS)[number];

export const SCHEDULE_DAY_KIND_LABELS: Record<ScheduleDayKind, string> = { holiday: '放假', workday: '调休上班' };
