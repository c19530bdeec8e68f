import { vocabulary } from './words.js';

/** A day of an official holiday schedule: a holiday, or a weekend day made a working day (调休上班). */
export const { codes: SCHEDULE_DAY_KINDS, labels: SCHEDULE_DAY_KIND_LABELS } = vocabulary({ holiday: '放假', workday: '调休上班' });
export type ScheduleDayKind = (typeof SCHEDULE_DAY_KINDS)[number];

/** The quarters of a year as figures name them (一季度 to 四季度), in order. */
export const QUARTER_NAMES = ['一季度', '二季度', '三季度', '四季度'] as const;
