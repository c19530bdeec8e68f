import { DomainError } from '../errors.js';
import { yearOf } from '../calendar/iso-date.js';
import type { CampaignStatus } from '../vocabulary/inspection.js';

/**
 * 专项检查 rules (国办发〔2024〕54号《关于严格规范涉企行政检查的意见》): campaigns are limited by an
 * annual quota per agency; each needs a 检查计划 approved by the county government or above (the
 * leadership group acts for it), filed (备案) and published before any of its checks; the amended
 * 上海市优化营商环境条例 (in force 2026-01-01) adds: published within one month of approval.
 */

/**
 * The yearly quota of campaigns per agency when the leadership group has set none. The national
 * rule asks for a quota without naming a number; two a year is Liancha's cautious default — the
 * leadership group sets each agency's own quota per year (`campaigns.setQuota`).
 */
export const CAMPAIGN_QUOTA_PER_YEAR = 2;

/** The months after approval within which the plan must be published (上海市优化营商环境条例). */
export const CAMPAIGN_PUBLICATION_MONTHS = 1;

/** The quota that applies: the leadership group's setting for the agency and year, else the default. */
export function campaignQuota(setting: number | null | undefined): number {
  return setting ?? CAMPAIGN_QUOTA_PER_YEAR;
}

/** States that count toward the quota: every plan submitted and not rejected or withdrawn. */
export const CAMPAIGN_COUNTED_STATUSES = ['submitted', 'approved', 'filed', 'published', 'closed'] as const satisfies readonly CampaignStatus[];

/**
 * Refuses submitting one more campaign when the agency's campaigns of that year already fill its
 * quota (`counted`: those in CAMPAIGN_COUNTED_STATUSES). A campaign deployed by a higher level
 * counts too: the quota limits how often enterprises are visited, whoever deployed it.
 */
export function campaignQuotaRefusal(facts: { agencyName: string; year: number; quota: number; counted: number }): DomainError | null {
  if (facts.counted < facts.quota) return null;
  const message = `${facts.agencyName}${facts.year}年度专项检查限额为${facts.quota}项，已提交或批准${facts.counted}项，不能再提交：如确需开展，请报领导小组调整年度限额`;
  return new DomainError('precondition_failed', message, { reason: 'campaign.quota_exceeded', issues: [{ field: 'year', message }] });
}

/** The calendar date `months` after `date`, kept at the month's last day when it is shorter (01-31 + 1 → 02-28). */
export function addCalendarMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** The last day a plan approved on `approvedOn` may be published (one month after approval). */
export function campaignPublishBy(approvedOn: string): string {
  return addCalendarMonths(approvedOn, CAMPAIGN_PUBLICATION_MONTHS);
}

/** Published (or, unpublished, still waiting `today`) after the deadline: flagged late. */
export function campaignPublicationLate(approvedOn: string, publishedOn: string | null, today: string): boolean {
  return (publishedOn ?? today) > campaignPublishBy(approvedOn);
}

/**
 * A campaign's window: its first day not after its last, inside its year, and — when the plan is
 * written — not already over.
 */
export function campaignWindowRefusal(window: { year: number; from: string; to: string }, today: string): DomainError | null {
  const refuse = (field: string, message: string) => new DomainError('bad_request', message, { reason: 'campaign_dates', issues: [{ field, message }] });
  if (window.to < window.from) return refuse('windowTo', `检查结束日期 ${window.to} 不能早于开始日期 ${window.from}`);
  if (yearOf(window.from) !== window.year) return refuse('windowFrom', `开始日期 ${window.from} 不在计划年度 ${window.year} 年之内`);
  if (yearOf(window.to) !== window.year) return refuse('windowTo', `结束日期 ${window.to} 不在计划年度 ${window.year} 年之内`);
  if (window.to < today) return refuse('windowTo', `结束日期 ${window.to} 已经过去：专项检查计划须在检查之前制定`);
  return null;
}

/**
 * A check under a campaign is requested only while the campaign is published, by its own agency,
 * for days inside the campaign's window.
 */
export function campaignCheckRefusal(
  campaign: { status: CampaignStatus; agencyId: string; windowFrom: string; windowTo: string; name: string },
  check: { agencyId: string; windowFrom: string; windowTo: string },
): DomainError | null {
  const refuse = (field: string, message: string) =>
    new DomainError('precondition_failed', message, { reason: 'campaign_check', issues: [{ field, message }] });
  if (campaign.agencyId !== check.agencyId) return refuse('campaignId', `专项检查“${campaign.name}”不是本部门的专项检查`);
  if (campaign.status !== 'published') return refuse('campaignId', `专项检查“${campaign.name}”尚未公布或已结束：须先公布检查计划，才能据此实施检查`);
  if (check.windowFrom < campaign.windowFrom || check.windowTo > campaign.windowTo)
    return refuse('windowFrom', `检查日期须在专项检查期间 ${campaign.windowFrom} 至 ${campaign.windowTo} 之内`);
  return null;
}
