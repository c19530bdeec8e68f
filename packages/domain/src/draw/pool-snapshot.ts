import { DomainError, type DomainIssue } from '../errors.js';
import { FREQUENCY_CAP_PER_YEAR, matrixCapFor, type FrequencyCaps } from '../rules/frequency-cap.js';
import { validateUscc } from '../uscc/uscc.js';
import { STRATUM_SEPARATOR } from './protocol.js';
import { compareText, isCount, isStratumText, sortedUnique } from './text-rules.js';
import type { ItemCategory, ObjectStatus, RiskClass } from '../vocabulary/object.js';
import { STRATUM_FIELD_LABELS, type StratumField } from '../vocabulary/draw.js';

/**
 * Why an object is not in the draw. Computed ones: `closed`, `suspended`, `frequency_cap`,
 * `in_key_check_list`; the others are passed in by the caller per row — `inspection_cap` when the
 * enterprise is at a participating agency's 年度检查频次上限 counted across agencies and kinds
 * (`rules/inspection-cap.ts`).
 */
export type ExclusionReason =
  'closed' | 'suspended' | 'frequency_cap' | 'inspection_cap' | 'in_key_check_list' | 'under_investigation' | 'newly_registered' | 'other';

/** The reasons a caller passes in per row. */
export type CallerExclusion = 'inspection_cap' | 'under_investigation' | 'newly_registered' | 'other';

export const EXCLUSION_REASON_LABELS: Record<ExclusionReason, string> = {
  closed: '已关闭或注销',
  suspended: '停产停业',
  frequency_cap: '本年度抽查次数已达上限',
  inspection_cap: '年度检查频次已达上限（跨部门）',
  in_key_check_list: '已列入重点检查名单',
  under_investigation: '正在立案调查',
  newly_registered: '新设立未满规定期限',
  other: '其他原因',
};

/** One row of the object directory, as a database-backed service reads it. */
export interface ObjectRow {
  uscc: string;
  name?: string;
  sectorCode: string;
  riskClass?: RiskClass | null;
  townshipCode?: string | null;
  category?: ItemCategory;
  status: ObjectStatus;
  /** Random checks of this object already made this calendar year (any task). */
  drawsThisYear: number;
  /** Already on this year's key-check list (重点检查), so not drawn at random. */
  inKeyCheckList?: boolean;
  /** Further exclusions decided by the caller, each with a reason code. */
  extraExclusions?: CallerExclusion[];
}

/** Pool rules: how strata are formed and who is excluded before the draw. */
export interface PoolRules {
  /** Default ['sectorCode']; e.g. ['sectorCode', 'riskClass'] gives strata like "危险化学品/B". */
  stratifyBy?: StratumField[];
  /** Maximum random checks per object per year; `null` means no cap. Default: the seed's once a year for every class. */
  frequencyCap?: FrequencyCaps;
  /** Exclude objects already on a key-check list. Default true. */
  excludeKeyCheckList?: boolean;
  /** Keep each eligible object's township (needed when the team rules avoid home townships). */
  recordTownships?: boolean;
}

/** Frozen pool, part of the commitment. Arrays are sorted so the JSON is canonical. */
export interface PoolSnapshot {
  /** Eligible objects by stratum; strata sorted by id, USCCs ascending. */
  strata: Array<{ id: string; objects: string[] }>;
  /** Excluded objects with their reasons, sorted by USCC. */
  excluded: Array<{ uscc: string; stratum: string; reasons: ExclusionReason[] }>;
  /** Eligible objects by township (sorted), or null when townships are not recorded. */
  townships: Array<{ code: string; objects: string[] }> | null;
}

/**
 * Build the canonical pool snapshot from directory rows: validates every USCC (GB 32100),
 * rejects duplicates, assigns strata and applies the exclusion rules with reason codes.
 * Throws a DomainError listing every faulty row.
 */
export function buildPoolSnapshot(rows: readonly ObjectRow[], rules: PoolRules = {}): PoolSnapshot {
  const builder = new PoolSnapshotBuilder(rules);
  for (const row of rows) builder.add(row);
  return builder.build();
}

/**
 * The same snapshot built one row at a time, so a pool of a million can be streamed from the
 * database: only the USCCs are kept (by stratum, township and exclusion), never the rows.
 */
export class PoolSnapshotBuilder {
  readonly #stratifyBy: StratumField[];
  readonly #rules: PoolRules;
  readonly #issues: DomainIssue[] = [];
  // Duplicates: while USCCs come in ascending order (as a database gives them) a repeat can only
  // be the previous row, and the rows seen are kept as two plain lists; the first row out of order
  // turns them into a map. A million hashed keys cost more than the rest of a row.
  #seenUsccs: string[] | null = [];
  #seenRows: number[] = [];
  #seen: Map<string, number> | null = null;
  readonly #byStratum = new Map<string, string[]>();
  readonly #byTownship: Map<string, string[]> | null;
  readonly #excluded: PoolSnapshot['excluded'] = [];
  #rowNo = 0;

  constructor(rules: PoolRules = {}) {
    this.#stratifyBy = rules.stratifyBy ?? ['sectorCode'];
    if (this.#stratifyBy.length === 0) throw new DomainError('bad_request', '分层字段不能为空', { reason: 'pool_rules_invalid' });
    this.#rules = rules;
    this.#byTownship = rules.recordTownships ? new Map() : null;
  }

  /** Takes the next row; returns its stratum when the object is eligible, else null (excluded or faulty). */
  add(row: ObjectRow): string | null {
    const rowNo = ++this.#rowNo;
    const issues = this.#issues;
    const checked = validateUscc(row.uscc);
    if (!checked.ok) {
      issues.push({ row: rowNo, field: '统一社会信用代码', message: checked.fault.message });
      return null;
    }
    const uscc = checked.uscc;
    const previous = this.#firstRowOf(uscc, rowNo);
    if (previous !== undefined) {
      issues.push({ row: rowNo, field: '统一社会信用代码', message: `与第${previous}行重复：${uscc}` });
      return null;
    }
    const values: string[] = [];
    for (const field of this.#stratifyBy) {
      const value = row[field];
      if (!isStratumText(value) || value.includes(STRATUM_SEPARATOR)) {
        issues.push({ row: rowNo, field: STRATUM_FIELD_LABELS[field], message: `${STRATUM_FIELD_LABELS[field]}缺失或含有“/”“|”等不允许的字符` });
        return null;
      }
      values.push(value);
    }
    if (!isCount(row.drawsThisYear)) {
      issues.push({ row: rowNo, field: '本年度已抽查次数', message: '本年度已抽查次数应为非负整数' });
      return null;
    }
    const stratum = values.join(STRATUM_SEPARATOR);
    const reasons = exclusionReasons(row, this.#rules);
    if (reasons.length > 0) {
      this.#excluded.push({ uscc, stratum, reasons });
      return null;
    }
    pushTo(this.#byStratum, stratum, uscc);
    if (this.#byTownship) {
      if (!isStratumText(row.townshipCode)) {
        issues.push({ row: rowNo, field: '乡镇（街道）', message: '需要回避属地时，对象必须有乡镇（街道）代码' });
        return null;
      }
      pushTo(this.#byTownship, row.townshipCode, uscc);
    }
    return stratum;
  }

  /** The row that first held `uscc`, or undefined (and `uscc` is recorded as seen at `rowNo`). */
  #firstRowOf(uscc: string, rowNo: number): number | undefined {
    const list = this.#seenUsccs;
    if (list) {
      const last = list[list.length - 1];
      if (last === undefined || last < uscc) {
        list.push(uscc);
        this.#seenRows.push(rowNo);
        return undefined;
      }
      if (last === uscc) return this.#seenRows[this.#seenRows.length - 1];
      this.#seen = new Map(list.map((u, i) => [u, this.#seenRows[i]!]));
      this.#seenUsccs = null;
      this.#seenRows = [];
    }
    const seen = this.#seen!;
    const previous = seen.get(uscc);
    if (previous === undefined) seen.set(uscc, rowNo);
    return previous;
  }

  build(): PoolSnapshot {
    const issues = this.#issues;
    if (issues.length > 0) {
      throw new DomainError('bad_request', `检查对象名录有${issues.length}处错误，无法生成抽取池`, { reason: 'pool_rows_invalid', issues });
    }
    const byStratum = this.#byStratum;
    const excluded = this.#excluded;
    // Excluded objects keep their strata visible so the public sees exclusions per stratum.
    for (const entry of excluded) if (!byStratum.has(entry.stratum)) byStratum.set(entry.stratum, []);
    excluded.sort((a, b) => compareText(a.uscc, b.uscc));
    return {
      strata: sortedGroups(byStratum).map(([id, objects]) => ({ id, objects })),
      excluded,
      townships: this.#byTownship ? sortedGroups(this.#byTownship).map(([code, objects]) => ({ code, objects })) : null,
    };
  }
}

function exclusionReasons(row: ObjectRow, rules: PoolRules): ExclusionReason[] {
  const reasons: ExclusionReason[] = [];
  if (row.status === 'closed') reasons.push('closed');
  if (row.status === 'suspended') reasons.push('suspended');
  const cap = frequencyCapFor(row.riskClass ?? null, rules);
  if (cap !== null && row.drawsThisYear >= cap) reasons.push('frequency_cap');
  if ((rules.excludeKeyCheckList ?? true) && row.inKeyCheckList) reasons.push('in_key_check_list');
  for (const extra of row.extraExclusions ?? []) reasons.push(extra);
  return sortedUnique(reasons) as ExclusionReason[];
}

/** The yearly cap that applies to an object of this risk class (null = no cap). */
export function frequencyCapFor(riskClass: RiskClass | null, rules: PoolRules): number | null {
  return matrixCapFor(rules.frequencyCap ?? { default: FREQUENCY_CAP_PER_YEAR }, riskClass);
}

function pushTo(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Groups sorted by key, each list sorted; a sortedness check first, since databases usually deliver sorted rows. */
function sortedGroups(map: Map<string, string[]>): Array<[string, string[]]> {
  const groups = [...map.entries()].sort((a, b) => compareText(a[0], b[0]));
  for (const [, list] of groups) if (!isSorted(list)) list.sort();
  return groups;
}

function isSorted(list: readonly string[]): boolean {
  for (let i = 1; i < list.length; i++) if (list[i - 1]! > list[i]!) return false;
  return true;
}
