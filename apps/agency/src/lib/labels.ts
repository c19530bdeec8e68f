import { SUBSTITUTION_REASON_LABELS, SUBSTITUTION_REASONS } from '@liancha/domain';
import {
  CAMPAIGN_LEVEL_LABELS,
  CAMPAIGN_LEVELS,
  CASE_TRIGGER_LABELS,
  CASE_TRIGGERS,
  CATEGORY_LABELS,
  CONFLICT_REASON_LABELS,
  CONFLICT_REASONS,
  ESCALATION_MEASURE_LABELS,
  ESCALATION_MEASURES,
  FOLLOW_UP_KIND_LABELS,
  FOLLOW_UP_KINDS,
  FOLLOW_UP_STATUS_LABELS,
  FOLLOW_UP_STATUSES,
  GENDER_LABELS,
  GENDERS,
  HAZARD_SEVERITIES,
  HAZARD_SEVERITY_LABELS,
  ITEM_CATEGORIES,
  LISTING_LEVEL_LABELS,
  LISTING_LEVELS,
  optionsOf,
  REGISTRY_KIND_LABELS,
  REGISTRY_KINDS,
  RISK_CLASS_LABELS,
  RISK_CLASSES,
  STRATUM_FIELD_LABELS,
  STRATUM_FIELDS,
  TAG_DIMENSION_LABELS,
  TAG_DIMENSIONS,
} from '@liancha/domain/vocabulary';

/**
 * What this portal shows of the API's codes: the domain's Chinese names (@liancha/domain/vocabulary)
 * with the badge tones of @liancha/ui, and the same names as form options. Nothing is named here.
 */
export {
  CASE_CHECK_STATUS,
  CHECK_STATUS,
  dateTime,
  DRAW_STATUS,
  fileSize,
  FOLLOW_UP_STATUS,
  HAZARD_SEVERITY,
  HAZARD_STATUS,
  INSPECTOR_STATUS,
  labelOf,
  NOTE_STATUS,
  OBJECT_STATUS,
  PARTICIPANT_STATUS,
  PLAN_STATUS,
  RESULT_STATUS,
  SANCTION_STATUS,
  TASK_STATUS,
} from '@liancha/ui';

export const RISK_CLASS_OPTIONS = optionsOf(RISK_CLASSES, RISK_CLASS_LABELS);
export const CATEGORY_OPTIONS = optionsOf(ITEM_CATEGORIES, CATEGORY_LABELS);
export const CONFLICT_REASON_OPTIONS = optionsOf(CONFLICT_REASONS, CONFLICT_REASON_LABELS);
export const TAG_DIMENSION_OPTIONS = optionsOf(TAG_DIMENSIONS, TAG_DIMENSION_LABELS);
export const REGISTRY_KIND_OPTIONS = optionsOf(REGISTRY_KINDS, REGISTRY_KIND_LABELS);
export const STRATUM_FIELD_OPTIONS = optionsOf(STRATUM_FIELDS, STRATUM_FIELD_LABELS);
export const FOLLOW_UP_KIND_OPTIONS = optionsOf(FOLLOW_UP_KINDS, FOLLOW_UP_KIND_LABELS);
export const FOLLOW_UP_STATUS_OPTIONS = optionsOf(FOLLOW_UP_STATUSES, FOLLOW_UP_STATUS_LABELS);
export const HAZARD_SEVERITY_OPTIONS = optionsOf(HAZARD_SEVERITIES, HAZARD_SEVERITY_LABELS);
export const LISTING_LEVEL_OPTIONS = optionsOf(LISTING_LEVELS, LISTING_LEVEL_LABELS);
export const ESCALATION_MEASURE_OPTIONS = optionsOf(ESCALATION_MEASURES, ESCALATION_MEASURE_LABELS);
export const SUBSTITUTION_REASON_OPTIONS = optionsOf(SUBSTITUTION_REASONS, SUBSTITUTION_REASON_LABELS);
export const GENDER_OPTIONS = optionsOf(GENDERS, GENDER_LABELS);
export const CASE_TRIGGER_OPTIONS = optionsOf(CASE_TRIGGERS, CASE_TRIGGER_LABELS);
export const CAMPAIGN_LEVEL_OPTIONS = optionsOf(CAMPAIGN_LEVELS, CAMPAIGN_LEVEL_LABELS);

/** A form's own choices (a filter's scope, a yes/no question), in the order written: `{ yes: '已公布', no: '未公布' }` → options. */
export function choices<T extends string>(labels: Readonly<Record<T, string>>): { value: T; label: string }[] {
  return optionsOf(Object.keys(labels) as T[], labels);
}

export function yes(value: boolean): string {
  return value ? '是' : '否';
}

/** 1000 basis points → "10%". */
export function percent(bp: number | null | undefined): string {
  if (bp === null || bp === undefined) return '—';
  return `${(bp / 100).toLocaleString('zh-CN', { maximumFractionDigits: 2 })}%`;
}

/** Fen → "1,234.00 元". */
export function yuan(fen: number | null | undefined): string {
  if (fen === null || fen === undefined) return '—';
  return `${(fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} 元`;
}
