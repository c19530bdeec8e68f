import { addCalendarDays } from '../calendar/iso-date.js';
import { DomainError, type DomainIssue } from '../errors.js';
import type { CapExemption, CapStanding, CapWarningKind, CaseTrigger, InspectionKind } from '../vocabulary/inspection.js';
import { CASE_TRIGGERS } from '../vocabulary/inspection.js';
import { RISK_CLASSES, type RiskClass } from '../vocabulary/object.js';

/**
 * `frequencyCapLedger`: the 年度检查频次上限 each agency publishes (国办发〔2024〕54号: by end-June 2025
 * every 主管部门 publishes how often one agency may inspect one enterprise of a class in a year,
 * e.g. 龙岩市应急管理局 2025: 非煤矿山 once a year, at most twice). The ledger counts every check of an
 * enterprise in the year by every agency and kind — 日常 (a joint check once for the enterprise and
 * once for each participating agency), 专项 and 个案. Exempt from the caps, counted but never refused
 * (司法部《有关问题解答》2025-04-18): 个案 checks started by a trigger the rules name (every code of
 * CASE_TRIGGERS) and 专项 checks deployed by a higher level.
 *
 * The 2020 per-plan cap of random draws (`frequency-cap.ts`) stays; this one is across agencies.
 */

/** Largest cap an agency may publish: a guard against typing errors, not a legal figure. */
export const MAX_PUBLISHED_CAP_PER_YEAR = 52;

/** One line of an agency's published caps: an enterprise class (sector, optionally one risk class). */
export interface CapLine {
  sectorCode: string;
  /** null: every risk class of the sector not given a line of its own. */
  riskClass: RiskClass | null;
  /** 检查频次: how often the agency expects to inspect such an enterprise in a year. */
  expectedPerYear: number;
  /** 上限: at most this many checks by the agency in a year. */
  maxPerYear: number;
}

/** A version of an agency's caps for a year; a later version supersedes the earlier ones, which are kept. */
export interface CapVersion {
  version: number;
  lines: readonly CapLine[];
}

const isCount = (n: number, min: number) => Number.isSafeInteger(n) && n >= min && n <= MAX_PUBLISHED_CAP_PER_YEAR;

/** What is wrong with lines about to be published (each issue names `lines.N.field`); empty: they may be published. */
export function capLineIssues(lines: readonly CapLine[]): DomainIssue[] {
  const issues: DomainIssue[] = [];
  if (lines.length === 0) issues.push({ field: 'lines', message: '至少需要一类企业的年度检查频次上限' });
  const seen = new Map<string, number>();
  lines.forEach((line, index) => {
    const at = `lines.${index}`;
    if (!line.sectorCode) issues.push({ field: `${at}.sectorCode`, message: `第${index + 1}行：请选择行业领域` });
    if (line.riskClass !== null && !RISK_CLASSES.includes(line.riskClass)) issues.push({ field: `${at}.riskClass`, message: `第${index + 1}行：风险等级无效` });
    if (!isCount(line.maxPerYear, 1))
      issues.push({ field: `${at}.maxPerYear`, message: `第${index + 1}行：年度检查上限须为1至${MAX_PUBLISHED_CAP_PER_YEAR}之间的整数` });
    if (!isCount(line.expectedPerYear, 0) || line.expectedPerYear > line.maxPerYear)
      issues.push({ field: `${at}.expectedPerYear`, message: `第${index + 1}行：检查频次须为不大于上限（${line.maxPerYear}次）的非负整数` });
    const key = `${line.sectorCode}\x1f${line.riskClass ?? ''}`;
    const first = seen.get(key);
    if (first !== undefined) issues.push({ field: `${at}.sectorCode`, message: `第${index + 1}行与第${first + 1}行是同一类企业` });
    else seen.set(key, index);
  });
  return issues;
}

/** Refuses lines with issues, naming each field. */
export function capLinesRefusal(lines: readonly CapLine[]): DomainError | null {
  const issues = capLineIssues(lines);
  return issues.length === 0 ? null : new DomainError('bad_request', `年度检查频次上限有误：${issues[0]!.message}`, { reason: 'inspection_cap_lines', issues });
}

/** The version in force: the highest published (a new version supersedes). */
export function capVersionInForce<V extends CapVersion>(versions: readonly V[]): V | null {
  let latest: V | null = null;
  for (const v of versions) if (latest === null || v.version > latest.version) latest = v;
  return latest;
}

/** The line that caps an enterprise: its own risk class's line, else its sector's line for every class; null = no cap published. */
export function capLineFor(lines: readonly CapLine[], enterprise: { sectorCode: string; riskClass: RiskClass | null }): CapLine | null {
  let sectorWide: CapLine | null = null;
  for (const line of lines) {
    if (line.sectorCode !== enterprise.sectorCode) continue;
    if (line.riskClass === null) sectorWide = line;
    else if (line.riskClass === enterprise.riskClass) return line;
  }
  return sectorWide;
}

/**
 * Where one more check by the agency stands, given its checks of the enterprise counted this year
 * (`used`) and its cap (`max`, null = none published): within it, reaching it, or past it.
 */
export function plannedCheckStanding(used: number, max: number | null): CapStanding {
  if (max === null) return 'uncapped';
  if (used + 1 < max) return 'within';
  if (used + 1 === max) return 'reaches';
  return 'exceeds';
}

/** At the cap already: one more check would exceed it (what makes an enterprise ineligible for a draw). */
export function isAtCap(used: number, max: number | null): boolean {
  return max !== null && used >= max;
}

/** A planned check as the caps see it. */
export interface CapCheck {
  kind: InspectionKind;
  /** 个案: why it was started. */
  caseTrigger?: CaseTrigger | undefined;
  /** 专项: deployed by a higher level (上级部署) rather than planned by the agency itself. */
  deployedByHigherLevel?: boolean | undefined;
}

/** Why a check is exempt from the caps (counted, never refused), or null. */
export function capExemption(check: CapCheck): CapExemption | null {
  if (check.kind === 'case' && check.caseTrigger !== undefined && CASE_TRIGGERS.includes(check.caseTrigger)) return 'case_trigger';
  if (check.kind === 'campaign' && check.deployedByHigherLevel === true) return 'higher_level_campaign';
  return null;
}

/**
 * What the caps say about a planned check: `allowed`; `exempt` (past the cap but exempt: allowed
 * and shown as such); `needs_approval` (a 专项 check of the agency's own past the cap: only with
 * the head's approval and a stated exemption, recorded); `refused` (a drawn 日常 check past the cap:
 * the enterprise is left out of the draw).
 */
export type CapVerdict = 'allowed' | 'exempt' | 'needs_approval' | 'refused';

export function capVerdict(check: CapCheck, standing: CapStanding): CapVerdict {
  if (standing !== 'exceeds') return 'allowed';
  if (capExemption(check) !== null) return 'exempt';
  return check.kind === 'campaign' ? 'needs_approval' : 'refused';
}

/** The head's approval of a 专项 check past the cap: who approved it and the exemption stated. */
export interface CapOverride {
  approvedBy: string | null;
  statedExemption: string;
}

/**
 * For the 专项 work: refuses a check the caps do not allow — a routine check past the cap, or a
 * campaign check past it without the head's approval and a stated exemption (`capOverride.*`).
 */
export function capRefusal(check: CapCheck, standing: CapStanding, override: CapOverride | null, agencyName: string): DomainError | null {
  const verdict = capVerdict(check, standing);
  if (verdict === 'allowed' || verdict === 'exempt') return null;
  const what = `该企业本年度已达到${agencyName}公布的年度检查频次上限`;
  if (verdict === 'refused') return new DomainError('conflict', `${what}，不能再安排日常检查`, { reason: 'inspection_cap' });
  const issues: DomainIssue[] = [];
  if (!override?.approvedBy) issues.push({ field: 'capOverride.approvedBy', message: `${what}：超过上限的专项检查须经主体负责人批准` });
  if (!override?.statedExemption.trim()) issues.push({ field: 'capOverride.statedExemption', message: `${what}：须写明超过上限的理由（例外情形）` });
  return issues.length === 0 ? null : new DomainError('precondition_failed', issues[0]!.message, { reason: 'inspection_cap', issues });
}

// ── Warnings (多头、重复、高频; 宁波市政府令第280号 names the three; the windows are local settings) ──

/** 多头检查: two or more agencies inspected the enterprise, in separate checks, within this many days. */
export const MULTI_AGENCY_WINDOW_DAYS = 30;
/** 重复检查: the same agency inspected the enterprise twice within this many days. */
export const REPEAT_WINDOW_DAYS = 90;
/** 高频检查: an agency's count of the year is at its cap or this many short of it. */
export const HIGH_FREQUENCY_MARGIN = 1;

/** One agency's part in one check of the enterprise (a joint check gives one per agency, same `checkId`). */
export interface LedgerEvent {
  checkId: string;
  agencyId: string;
  /** 'YYYY-MM-DD': the day of the check (planned or done). */
  on: string;
}

/** An agency's count of the enterprise this year against its cap (null = none published). */
export interface AgencyCount {
  agencyId: string;
  used: number;
  max: number | null;
}

export interface CapWarning {
  kind: CapWarningKind;
  /** The agencies the warning is about. */
  agencyIds: string[];
}

/**
 * The warnings for an enterprise on `today`: events from `windowDays` before today on (scheduled
 * ones included) count. 多头 needs two separate checks — a joint check of several agencies is what
 * the rules want (综合查一次), not a warning.
 */
export function capWarnings(events: readonly LedgerEvent[], counts: readonly AgencyCount[], today: string): CapWarning[] {
  const warnings: CapWarning[] = [];
  const multiFrom = addCalendarDays(today, -MULTI_AGENCY_WINDOW_DAYS);
  const recent = events.filter((e) => e.on > multiFrom);
  const checks = new Set(recent.map((e) => e.checkId));
  const agencies = [...new Set(recent.map((e) => e.agencyId))].sort();
  if (checks.size >= 2 && agencies.length >= 2) warnings.push({ kind: 'multi_agency', agencyIds: agencies });

  const repeatFrom = addCalendarDays(today, -REPEAT_WINDOW_DAYS);
  const checksByAgency = new Map<string, Set<string>>();
  for (const e of events) {
    if (e.on <= repeatFrom) continue;
    const set = checksByAgency.get(e.agencyId) ?? new Set<string>();
    set.add(e.checkId);
    checksByAgency.set(e.agencyId, set);
  }
  const repeated = [...checksByAgency].filter(([, set]) => set.size >= 2).map(([agencyId]) => agencyId);
  if (repeated.length > 0) warnings.push({ kind: 'repeat', agencyIds: repeated.sort() });

  const high = counts.filter((c) => c.max !== null && c.used >= c.max - HIGH_FREQUENCY_MARGIN).map((c) => c.agencyId);
  if (high.length > 0) warnings.push({ kind: 'high_frequency', agencyIds: high.sort() });
  return warnings;
}

/** The advice shown to a coordinator before scheduling: “该企业近期已被X部门检查，建议合并为联合检查（综合查一次）”. */
export function mergeAdvice(agencyNames: readonly string[]): string | null {
  if (agencyNames.length === 0) return null;
  return `该企业近期已被${agencyNames.join('、')}检查，建议合并为联合检查（综合查一次）`;
}

// ── 联合检查率 ──

/** 联合检查实施率 target for 2025 and 2026: ≥ 60 % (大冶 2025; 缙云 市监 联合监管率 ≥ 60 %). */
export const JOINT_CHECK_RATE_TARGET_2025_BP = 6000;
/** 联合检查实施率 target from 2027: ≥ 80 % (平湖 and 淳安: ≥ 80 % by 2027). */
export const JOINT_CHECK_RATE_TARGET_2027_BP = 8000;

/** The local target for a year, in basis points. */
export function jointCheckRateTargetBp(year: number): number {
  return year >= 2027 ? JOINT_CHECK_RATE_TARGET_2027_BP : JOINT_CHECK_RATE_TARGET_2025_BP;
}

/**
 * 联合检查率: the share of checks done jointly (a joint task with two or more participating
 * agencies), in basis points rounded down; null when there were no checks.
 */
export function jointCheckRateBp(jointChecks: number, checks: number): number | null {
  if (checks <= 0) return null;
  return Math.floor((Math.min(jointChecks, checks) * 10_000) / checks);
}
