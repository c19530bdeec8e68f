import { vocabulary } from './words.js';

/**
 * The enterprise's own area (the 2025 rules): how an activation code reached it — printed on a
 * check notice, or handed over by an agency's administrator.
 */
export const { codes: ACTIVATION_SOURCES, labels: ACTIVATION_SOURCE_LABELS } = vocabulary({ notice: '检查通知书', agency: '部门管理员发放' });
export type ActivationSource = (typeof ACTIVATION_SOURCES)[number];

/** 回避申请: the enterprise asks, the head of the officer's agency grants or refuses. */
export const { codes: RECUSAL_STATUSES, labels: RECUSAL_STATUS_LABELS } = vocabulary({ pending: '待决定', granted: '已准予回避', refused: '不予回避' });
export type RecusalStatus = (typeof RECUSAL_STATUSES)[number];

/** Which table a rated or complained-of check lives in: a drawn check or a 个案/专项 check. */
export const { codes: RATED_CHECK_KINDS, labels: RATED_CHECK_KIND_LABELS } = vocabulary({ drawn: '双随机检查', case: '个案或专项检查' });
export type RatedCheckKind = (typeof RATED_CHECK_KINDS)[number];

/** The questions of 检查评价: two scores of 1–5 and one yes/no. */
export const RATING_QUESTIONS = {
  conduct: '执法人员是否文明规范（1 很差 – 5 很好）',
  burden: '检查对生产经营的影响（1 影响很大 – 5 几乎没有影响）',
  improper: '检查中是否有索要财物、指定服务或其他不当要求',
} as const;
