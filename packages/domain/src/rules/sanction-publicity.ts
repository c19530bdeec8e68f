import { assertIsoDate } from '../calendar/iso-date.js';
import type { PenaltyCategory } from '../vocabulary/sanction.js';

/**
 * 行政处罚信息的公示期限: a decision is public from its publication until its 公示截止期, then it
 * leaves the public lists, search and records (the publication row and the audit history stay).
 * The period is SANCTION_PUBLICITY_YEARS years from the 处罚决定日期 (the longest period of the
 * national credit-repair rules, applied to every decision); a penalty whose own 处罚有效期 runs
 * longer (限制从业, 限制开展生产经营活动 for a stated time) stays public while it is in force.
 */
export const SANCTION_PUBLICITY_YEARS = 3;

/** The same calendar day `years` later; 29 February becomes 28 February in a common year. */
function addYears(date: string, years: number): string {
  const year = Number(date.slice(0, 4)) + years;
  const month = date.slice(5, 7);
  let day = date.slice(8, 10);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  if (month === '02' && day === '29' && !leap) day = '28';
  return `${String(year).padStart(4, '0')}-${month}-${day}`;
}

/** 公示截止期 of a decision made on `decidedOn` whose penalty is in force until `validUntil` (null: no stated end). */
export function sanctionPublicityEndsOn(decidedOn: string, validUntil: string | null): string {
  assertIsoDate(decidedOn, '处罚决定日期');
  const byPeriod = addYears(decidedOn, SANCTION_PUBLICITY_YEARS);
  if (validUntil === null) return byPeriod;
  assertIsoDate(validUntil, '处罚有效期');
  return validUntil > byPeriod ? validUntil : byPeriod;
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
