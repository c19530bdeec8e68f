/** 执法人员状态: only inspectors on duty are assigned to teams. */
export const INSPECTOR_STATUSES = ['on_duty', 'on_leave', 'transferred'] as const;
export type InspectorStatus = (typeof INSPECTOR_STATUSES)[number];

export const INSPECTOR_STATUS_LABELS: Record<InspectorStatus, string> = { on_duty: '在岗', on_leave: '休假', transferred: '调离' };

export const GENDERS = ['male', 'female'] as const;
export type Gender = (typeof GENDERS)[number];

export const GENDER_LABELS: Record<Gender, string> = { male: '男', female: '女' };

/**
 * 回避 reason codes of the conflict register (and of the draw's conflict list). 2020 seed plan:
 * “执法检查人员与检查对象有利害关系的，应当回避”; an inspector with a conflict in force is never
 * assigned to the object. The database's check constraint lists the same codes (tested).
 */
export const CONFLICT_REASONS = ['declared', 'enterprise_requested', 'recent_repeat', 'home_area', 'kinship', 'former_employment', 'other'] as const;
export type ConflictReason = (typeof CONFLICT_REASONS)[number];

export const CONFLICT_REASON_LABELS: Record<ConflictReason, string> = {
  declared: '本人申报回避',
  enterprise_requested: '企业申请回避',
  recent_repeat: '近年检查过该企业',
  home_area: '属地回避',
  kinship: '亲属关系',
  former_employment: '曾在该企业任职',
  other: '其他利害关系',
};

/**
 * The fields an inspector (执法检查人员名录库) is written with, but for the unit: the
 * database row names it by id, an import file by code.
 */
export interface InspectorFieldsBase {
  name: string;
  gender: Gender | null;
  certificateNo: string;
  /** 'YYYY-MM-DD' */
  certificateExpiry: string;
  /** Expertise tag codes. */
  expertise: string[];
  isExpert: boolean;
  status: InspectorStatus;
  homeTownshipCode: string | null;
  phone: string | null;
}

/** An inspector's fields but its key (the certificate no.) and the unit: what an update or an import may change. */
export const INSPECTOR_UPDATABLE_FIELDS = [
  'name',
  'gender',
  'certificateExpiry',
  'expertise',
  'isExpert',
  'status',
  'homeTownshipCode',
  'phone',
] as const satisfies readonly (keyof InspectorFieldsBase)[];
