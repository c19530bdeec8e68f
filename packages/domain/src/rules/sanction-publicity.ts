import { assertIsoDate } from '../calendar/iso-date.js';
import type { PenaltyCategory, SanctionSeverity } from '../vocabulary/sanction.js';

/**
 * 行政处罚信息的公示期限 (国家发展改革委《失信行为纠正后的信用信息修复管理办法（试行）》, 2023年第58号令):
 * counted from the 处罚决定日期, a decision on 一般失信行为 is public for at least three months and at
 * most one year, one on 严重失信行为 for at least one year and at most three years. Publicity stops by
 * itself when the longest period ends — the 公示截止期 — then the decision leaves the public lists,
 * search and records (the publication row and the audit history stay). A penalty whose own 处罚有效期
 * runs longer (限制从业, 限制开展生产经营活动 for a stated time) stays public while it is in force.
 * After the shortest period (最短公示期届满日) the party may apply for 信用修复; Liancha only shows that date.
 */
export const SANCTION_PUBLICITY_MONTHS: Readonly<Record<SanctionSeverity, { shortest: number; longest: number }>> = {
  general: { shortest: 3, longest: 12 },
  serious: { shortest: 12, longest: 36 },
};

/**
 * The same day of the month `months` later; a day the target month lacks becomes its last day
 * (31 March + 3 months = 30 June, 29 February + 1 year = 28 February), as periods counted in months end.
 */
function addMonths(date: string, months: number): string {
  const index = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(Number(date.slice(8, 10)), lastDay);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * 公示截止期 of a decision on `severity` made on `decidedOn` whose penalty is in force until
 * `validUntil` (null: no stated end): the end of the longest period, or the 处罚有效期 if later.
 */
export function sanctionPublicityEndsOn(decidedOn: string, severity: SanctionSeverity, validUntil: string | null): string {
  assertIsoDate(decidedOn, '处罚决定日期');
  const byPeriod = addMonths(decidedOn, SANCTION_PUBLICITY_MONTHS[severity].longest);
  if (validUntil === null) return byPeriod;
  assertIsoDate(validUntil, '处罚有效期');
  return validUntil > byPeriod ? validUntil : byPeriod;
}

/** 最短公示期届满日: from this date the party may apply for 信用修复 (information only). */
export function sanctionShortestPublicityEndsOn(decidedOn: string, severity: SanctionSeverity): string {
  assertIsoDate(decidedOn, '处罚决定日期');
  return addMonths(decidedOn, SANCTION_PUBLICITY_MONTHS[severity].shortest);
}

/** Whether a decision whose publicity ends on `endsOn` is still shown on `today` (the end day included). */
export function inPublicity(endsOn: string | null, today: string): boolean {
  return endsOn === null || today <= endsOn;
}

/** 处罚类别 when a caller names none: 罚款 for a decision with a fine, otherwise 其他. */
export function defaultPenaltyCategories(fineFen: number | null): PenaltyCategory[] {
  return fineFen !== null && fineFen > 0 ? ['fine'] : ['other'];
}

/** 罚款金额（万元） of the 双公示 template from a fine in fen, exact (six decimals at most, trailing zeros dropped). */
export function fineWanYuan(fineFen: number): string {
  const whole = Math.floor(fineFen / 1_000_000);
  const fraction = String(fineFen % 1_000_000)
    .padStart(6, '0')
    .replace(/0+$/, '');
  return fraction === '' ? String(whole) : `${whole}.${fraction}`;
}
