import { vocabulary } from './words.js';

/** 执法人员状态: only inspectors on duty are assigned to teams. */
export const { codes: INSPECTOR_STATUSES, labels: INSPECTOR_STATUS_LABELS } = vocabulary({ on_duty: '在岗', on_leave: '休假', transferred: '调离' });
export type InspectorStatus = (typeof INSPECTOR_STATUSES)[number];

export const { codes: GENDERS, labels: GENDER_LABELS } = vocabulary({ male: '男', female: '女' });
export type Gender = (typeof GENDERS)[number];

/**
 * 回避 reason codes of the conflict register (and of the draw's conflict list). 2020 seed plan:
 * “执法检查人员与检查对象有利害关系的，应当回避”; an inspector with a conflict in force is never
 * assigned to the object. The database's check constraint lists the same codes (tested).
 */
export const { codes: CONFLICT_REASONS, labels: CONFLICT_REASON_LABELS } = vocabulary({
  declared: '本人申报回避',
  enterprise_requested: '企业申请回避',
  recent_repeat: '近年检查过该企业',
  home_area: '属地回避',
  kinship: '亲属关系',
  former_employment: '曾在该企业任职',
  other: '其他利害关系',
});
export type ConflictReason = (typeof CONFLICT_REASONS)[number];

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
