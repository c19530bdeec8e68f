/**
 * 2020 seed plan: “执法检查人员与检查对象有利害关系的，应当回避” — the reasons a 回避 is
 * recorded for (same codes as the database's conflict table, whose check constraint lists
 * them too). An inspector with a conflict in force is never assigned to the object.
 */
export const CONFLICT_REASONS = ['declared', 'enterprise_requested', 'recent_repeat', 'home_area', 'kinship', 'former_employment', 'other'] as const;

export type ConflictReason = (typeof CONFLICT_REASONS)[number];

/** The Chinese names every portal shows. */
export const CONFLICT_REASON_LABELS: Record<ConflictReason, string> = {
  declared: '本人申报回避',
  enterprise_requested: '企业申请回避',
  recent_repeat: '近年检查过该企业',
  home_area: '属地回避',
  kinship: '亲属关系',
  former_employment: '曾在该企业任职',
  other: '其他利害关系',
};
