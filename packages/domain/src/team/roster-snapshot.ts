import { DomainError, type DomainIssue } from '../errors.js';
import type { PoolSnapshot } from '../draw/pool-snapshot.js';
import { compareText, isCleanText, isCount, isIsoDate, isStratumText, sortedUnique } from '../draw/text-rules.js';
import { MIN_OFFICERS_PER_AGENCY } from '../rules/agency-seats.js';
import { MIN_OFFICERS_PER_TEAM } from '../rules/team-officers.js';
import { validateUscc } from '../uscc/uscc.js';
import { CONFLICT_REASON_LABELS, type ConflictReason, type InspectorStatus } from '../vocabulary/inspector.js';
import { sortedHas } from '../draw/sorted-has.js';

export type InspectorRole = 'officer' | 'expert';

export type InspectorExclusionReason = 'not_on_duty' | 'certificate_missing' | 'certificate_expired' | 'agency_not_participating';

export const INSPECTOR_EXCLUSION_LABELS: Record<InspectorExclusionReason, string> = {
  not_on_duty: '不在岗',
  certificate_missing: '无执法证',
  certificate_expired: '执法证在检查期间失效',
  agency_not_participating: '所在部门未参加本次联合抽查',
};

/** One row of the inspector directory. Experts use their expert-registry number as `certNo`. */
export interface InspectorRow {
  certNo: string;
  agencyId: string;
  name?: string;
  role?: InspectorRole;
  status?: InspectorStatus;
  /** Last day the enforcement certificate is valid (YYYY-MM-DD); required for officers. */
  certificateExpiresOn?: string | null;
  expertise?: string[];
  homeTownshipCode?: string | null;
  /** Personal load cap for this task, when lower than the rule's cap. */
  maxChecks?: number;
}

export interface ConflictRow {
  certNo: string;
  uscc: string;
  reason: ConflictReason;
}

/** A past check: inspector `certNo` inspected `uscc` in `year`. */
export interface InspectionHistoryRow {
  certNo: string;
  uscc: string;
  year: number;
}

export interface TeamRulesInput {
  /** Inspection period; certificates must stay valid until `inspectionEnd`. */
  inspectionStart: string;
  inspectionEnd: string;
  /** Participating agencies; each must supply at least `minOfficers` (default MIN_OFFICERS_PER_AGENCY) officers per team. */
  agencies: Array<{ agencyId: string; name?: string | null; minOfficers?: number }>;
  /** Officers per team; default max(MIN_OFFICERS_PER_TEAM, Σ minOfficers). Experts come on top. */
  officersPerTeam?: number;
  /** Experts per team; default 0. */
  expertsPerTeam?: number;
  /** Load cap per officer in this task. */
  maxChecksPerOfficer: number;
  /** Load cap per expert; default the officer cap. */
  maxChecksPerExpert?: number;
  /** Avoid inspectors whose home township is the object's township. Default false. */
  homeAreaConflict?: boolean;
  /** Avoid pairs that met in the last N years (history year ≥ task year − N). Default 0 (off). */
  recentRepeatYears?: number;
}

export interface TeamSpec {
  rules: TeamRulesInput;
  inspectors: InspectorRow[];
  conflicts?: ConflictRow[];
  history?: InspectionHistoryRow[];
}

/** Frozen team rules, part of the commitment. */
export interface TeamRules {
  inspectionStart: string;
  inspectionEnd: string;
  officersPerTeam: number;
  /** Participating agencies with their display names (used in messages) and minimum seats. */
  agencies: Array<{ agencyId: string; name: string | null; minOfficers: number }>;
  expertsPerTeam: number;
  homeAreaConflict: boolean;
}

/** A usable inspector, part of the commitment. */
export interface RosterEntry {
  certNo: string;
  agencyId: string;
  role: InspectorRole;
  expertise: string[];
  township: string | null;
  maxChecks: number;
  certificateExpiresOn: string | null;
}

export interface TeamSnapshot {
  rules: TeamRules;
  /** Usable inspectors, sorted by certNo. */
  roster: RosterEntry[];
  /** Unusable inspectors with reasons, sorted by certNo. */
  excludedInspectors: Array<{ certNo: string; agencyId: string; reasons: InspectorExclusionReason[] }>;
  /** Conflicts between roster members and eligible objects, sorted by certNo then USCC. */
  conflicts: Array<{ certNo: string; uscc: string; reasons: ConflictReason[] }>;
}

/**
 * Build the canonical team section: validated rules, the usable roster (certificate valid for
 * the whole inspection period, on duty, agency participating), excluded inspectors with
 * reasons, and every conflict pair (declared, requested, and recent repeats from history).
 */
export function buildTeamSnapshot(spec: TeamSpec, pool: PoolSnapshot, taskYear: number): TeamSnapshot {
  const issues: DomainIssue[] = [];
  const rules = resolveRules(spec.rules, issues);
  const officerCap = spec.rules.maxChecksPerOfficer;
  const expertCap = spec.rules.maxChecksPerExpert ?? officerCap;
  if (!isCount(officerCap) || !isCount(expertCap)) issues.push({ field: '负荷上限', message: '每人最多检查户数应为非负整数' });
  const participating = new Set(rules.agencies.map((a) => a.agencyId));

  const roster: RosterEntry[] = [];
  const excludedInspectors: TeamSnapshot['excludedInspectors'] = [];
  const seen = new Map<string, number>();
  spec.inspectors.forEach((row, index) => {
    const rowNo = index + 1;
    if (!isCleanText(row.certNo, 64)) return void issues.push({ row: rowNo, field: '执法证号', message: '执法证号缺失或含有控制字符' });
    const previous = seen.get(row.certNo);
    if (previous !== undefined) return void issues.push({ row: rowNo, field: '执法证号', message: `与第${previous}行重复：${row.certNo}` });
    seen.set(row.certNo, rowNo);
    if (!isCleanText(row.agencyId, 64)) return void issues.push({ row: rowNo, field: '所属部门', message: '所属部门缺失' });
    const role = row.role ?? 'officer';
    const expiry = row.certificateExpiresOn ?? null;
    if (expiry !== null && !isIsoDate(expiry)) return void issues.push({ row: rowNo, field: '证件有效期', message: '证件有效期应为 YYYY-MM-DD' });
    const expertise = row.expertise ?? [];
    if (!expertise.every((tag) => isCleanText(tag, 50))) return void issues.push({ row: rowNo, field: '执法专长', message: '执法专长含有无效标签' });
    const township = row.homeTownshipCode ?? null;
    if (township !== null && !isStratumText(township)) return void issues.push({ row: rowNo, field: '居住乡镇', message: '居住乡镇代码无效' });
    if (row.maxChecks !== undefined && !isCount(row.maxChecks)) return void issues.push({ row: rowNo, field: '负荷上限', message: '个人负荷上限应为非负整数' });

    const reasons: InspectorExclusionReason[] = [];
    if ((row.status ?? 'on_duty') !== 'on_duty') reasons.push('not_on_duty');
    if (role === 'officer' && expiry === null) reasons.push('certificate_missing');
    if (expiry !== null && expiry < rules.inspectionEnd) reasons.push('certificate_expired');
    if (role === 'officer' && !participating.has(row.agencyId)) reasons.push('agency_not_participating');
    if (reasons.length > 0) {
      excludedInspectors.push({ certNo: row.certNo, agencyId: row.agencyId, reasons: sortedUnique(reasons) as InspectorExclusionReason[] });
      return;
    }
    const cap = role === 'officer' ? officerCap : expertCap;
    roster.push({
      certNo: row.certNo,
      agencyId: row.agencyId,
      role,
      expertise: sortedUnique(expertise),
      township,
      maxChecks: Math.min(row.maxChecks ?? cap, cap),
      certificateExpiresOn: expiry,
    });
  });

  const conflicts = collectConflicts(spec, roster, pool, taskYear, issues);
  if (issues.length > 0) {
    throw new DomainError('bad_request', `检查组规则或执法人员名录有${issues.length}处错误`, { reason: 'team_inputs_invalid', issues });
  }
  roster.sort((a, b) => compareText(a.certNo, b.certNo));
  excludedInspectors.sort((a, b) => compareText(a.certNo, b.certNo));
  return { rules, roster, excludedInspectors, conflicts };
}

function resolveRules(input: TeamRulesInput, issues: DomainIssue[]): TeamRules {
  if (!isIsoDate(input.inspectionStart) || !isIsoDate(input.inspectionEnd) || input.inspectionStart > input.inspectionEnd) {
    issues.push({ field: '检查期间', message: '检查起止日期应为 YYYY-MM-DD，且开始不晚于结束' });
  }
  const agencies: TeamRules['agencies'] = [];
  const seen = new Set<string>();
  for (const agency of input.agencies) {
    const minOfficers = agency.minOfficers ?? MIN_OFFICERS_PER_AGENCY;
    if (!isCleanText(agency.agencyId, 64) || seen.has(agency.agencyId)) {
      issues.push({ field: '参加部门', message: `参加部门“${String(agency.agencyId)}”无效或重复` });
      continue;
    }
    if (!isCount(minOfficers)) issues.push({ field: agency.agencyId, message: '每组最少人数应为非负整数' });
    const name = agency.name ?? null;
    if (name !== null && !isCleanText(name, 100)) issues.push({ field: agency.agencyId, message: '部门名称无效' });
    seen.add(agency.agencyId);
    agencies.push({ agencyId: agency.agencyId, name, minOfficers });
  }
  if (agencies.length === 0) issues.push({ field: '参加部门', message: '至少需要一个参加部门' });
  agencies.sort((a, b) => compareText(a.agencyId, b.agencyId));
  const minimumSum = agencies.reduce((sum, a) => sum + a.minOfficers, 0);
  const officersPerTeam = input.officersPerTeam ?? Math.max(MIN_OFFICERS_PER_TEAM, minimumSum);
  if (!isCount(officersPerTeam) || officersPerTeam < MIN_OFFICERS_PER_TEAM)
    issues.push({ field: '每组执法人员数', message: `每个检查组至少需要${MIN_OFFICERS_PER_TEAM}名执法人员` });
  else if (officersPerTeam < minimumSum) {
    issues.push({ field: '每组执法人员数', message: `每组执法人员数（${officersPerTeam}）小于各部门最少人数之和（${minimumSum}）` });
  }
  const expertsPerTeam = input.expertsPerTeam ?? 0;
  if (!isCount(expertsPerTeam)) issues.push({ field: '每组专家数', message: '每组专家数应为非负整数' });
  if (input.recentRepeatYears !== undefined && !isCount(input.recentRepeatYears)) {
    issues.push({ field: '近年重复回避', message: '回避年限应为非负整数' });
  }
  return {
    inspectionStart: input.inspectionStart,
    inspectionEnd: input.inspectionEnd,
    officersPerTeam,
    agencies,
    expertsPerTeam,
    homeAreaConflict: input.homeAreaConflict ?? false,
  };
}

function collectConflicts(
  spec: TeamSpec,
  roster: readonly RosterEntry[],
  pool: PoolSnapshot,
  taskYear: number,
  issues: DomainIssue[],
): TeamSnapshot['conflicts'] {
  const inRoster = new Set(roster.map((r) => r.certNo));
  // Strata lists are sorted: a few thousand conflicts are looked up there, not a set of a million built.
  const inPool = (uscc: string) => pool.strata.some((s) => sortedHas(s.objects, uscc));
  const pairs = new Map<string, { certNo: string; uscc: string; reasons: Set<ConflictReason> }>();
  const add = (certNo: string, rawUscc: string, reason: ConflictReason, where: string) => {
    const checked = validateUscc(rawUscc);
    if (!checked.ok) return void issues.push({ field: where, message: `${certNo}：${checked.fault.message}` });
    if (!inRoster.has(certNo) || !inPool(checked.uscc)) return;
    const key = `${certNo}\u0000${checked.uscc}`;
    const pair = pairs.get(key) ?? { certNo, uscc: checked.uscc, reasons: new Set<ConflictReason>() };
    pair.reasons.add(reason);
    pairs.set(key, pair);
  };
  for (const c of spec.conflicts ?? []) {
    if (!(c.reason in CONFLICT_REASON_LABELS)) {
      issues.push({ field: '回避原因', message: `未知回避原因：${String(c.reason)}` });
      continue;
    }
    add(c.certNo, c.uscc, c.reason, '回避记录');
  }
  const years = spec.rules.recentRepeatYears ?? 0;
  if (years > 0) {
    for (const h of spec.history ?? []) {
      if (h.year >= taskYear - years && h.year <= taskYear) add(h.certNo, h.uscc, 'recent_repeat', '检查历史');
    }
  }
  return [...pairs.values()]
    .map((p) => ({ certNo: p.certNo, uscc: p.uscc, reasons: sortedUnique(p.reasons) as ConflictReason[] }))
    .sort((a, b) => compareText(a.certNo, b.certNo) || compareText(a.uscc, b.uscc));
}
