import { HAZARD_STATUSES_BY_SEVERITY } from '@liancha/domain/vocabulary';

/** Chinese names of this portal's codes; the ones both portals show are in @liancha/ui. */
export { dateTime, HAZARD_SEVERITY, HAZARD_STATUS, labelOf, NOTE_STATUS } from '@liancha/ui';

/** The order major hazards move through (the figures table shows its columns in this order). */
export const MAJOR_HAZARD_STATES = HAZARD_STATUSES_BY_SEVERITY.major;

/** 0.4567 → "45.7%"; null → "—". */
export function percent(ratio: number | null | undefined, digits = 1): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return '—';
  return `${(ratio * 100).toFixed(digits)}%`;
}

/** Basis points → "10%" (a plan's ratio floor). */
export function bpPercent(bp: number | null | undefined): string {
  if (bp === null || bp === undefined) return '—';
  return `${bp / 100}%`;
}
