import { DomainError, type DomainIssue } from '../errors.js';
import type { PoolSnapshot } from './pool-snapshot.js';
import { sampleSize, type Selection } from './sample-size.js';
import { compareText, isCleanText, isCount, isStratumText, sortedUnique } from './text-rules.js';

/** One stratum's rule as the caller writes it. */
export interface MatrixRuleInput {
  selection: Selection;
  /** Minimum draws (default 0). */
  min?: number;
  /** Maximum draws, or null/absent for no cap (key items have none). */
  max?: number | null;
  /** Ordered substitutes to list after the drawn objects; default: as many as drawn. */
  substitutes?: number;
  /** Expertise tags every team member for this stratum must hold (e.g. "危险化学品"). */
  requiredExpertise?: string[];
}

/** The object matrix: explicit rules per stratum id, and an optional default for the rest. */
export interface MatrixSpec {
  strata?: Array<MatrixRuleInput & { stratum: string }>;
  default?: MatrixRuleInput;
}

/** Frozen matrix entry, part of the commitment; one per stratum of the pool. */
export interface MatrixEntry {
  stratum: string;
  selection: Selection;
  min: number;
  max: number | null;
  substitutes: number;
  requiredExpertise: string[];
}

const MAX_NUMERATOR = 1_000_000;

/**
 * Resolve the matrix against the pool: every pool stratum gets exactly one entry (explicit,
 * else the default); explicit strata absent from the pool are kept with N = 0. Validates
 * ratios (exact rationals), counts and bounds. Sorted by stratum.
 */
export function resolveMatrix(spec: MatrixSpec, pool: PoolSnapshot): MatrixEntry[] {
  const issues: DomainIssue[] = [];
  const explicit = new Map<string, MatrixRuleInput>();
  for (const rule of spec.strata ?? []) {
    if (!isStratumText(rule.stratum)) {
      issues.push({ field: '分层', message: `分层标识“${String(rule.stratum)}”无效` });
      continue;
    }
    if (explicit.has(rule.stratum)) issues.push({ field: rule.stratum, message: `分层“${rule.stratum}”重复设置` });
    explicit.set(rule.stratum, rule);
  }
  const sizes = new Map(pool.strata.map((s) => [s.id, s.objects.length]));
  const ids = sortedUnique([...sizes.keys(), ...explicit.keys()]);
  const entries: MatrixEntry[] = [];
  for (const id of ids) {
    const rule = explicit.get(id) ?? spec.default;
    if (!rule) {
      issues.push({ field: id, message: `分层“${id}”没有抽查比例或数量规则` });
      continue;
    }
    const entry = toEntry(id, rule, sizes.get(id) ?? 0, issues);
    if (entry) entries.push(entry);
  }
  if (issues.length > 0) {
    throw new DomainError('bad_request', `抽查比例矩阵有${issues.length}处错误`, { reason: 'matrix_invalid', issues });
  }
  return entries.sort((a, b) => compareText(a.stratum, b.stratum));
}

function toEntry(stratum: string, rule: MatrixRuleInput, size: number, issues: DomainIssue[]): MatrixEntry | null {
  const before = issues.length;
  const selection = normaliseSelection(rule.selection, stratum, issues);
  const min = rule.min ?? 0;
  const max = rule.max ?? null;
  if (!isCount(min)) issues.push({ field: stratum, message: '最少抽取数应为非负整数' });
  if (max !== null && !isCount(max)) issues.push({ field: stratum, message: '最多抽取数应为非负整数或不设上限' });
  if (isCount(min) && max !== null && isCount(max) && max < min) issues.push({ field: stratum, message: '最多抽取数小于最少抽取数' });
  if (rule.substitutes !== undefined && !isCount(rule.substitutes)) issues.push({ field: stratum, message: '备选数应为非负整数' });
  const expertise = rule.requiredExpertise ?? [];
  if (!expertise.every((tag) => isCleanText(tag, 50))) issues.push({ field: stratum, message: '专长要求含有无效标签' });
  if (issues.length > before || !selection) return null;
  return { stratum, selection, min, max, substitutes: rule.substitutes ?? sampleSize(selection, min, max, size), requiredExpertise: sortedUnique(expertise) };
}

function normaliseSelection(selection: Selection, stratum: string, issues: DomainIssue[]): Selection | null {
  if (selection?.kind === 'count') {
    if (!isCount(selection.count)) {
      issues.push({ field: stratum, message: '抽取数量应为非负整数' });
      return null;
    }
    return { kind: 'count', count: selection.count };
  }
  if (selection?.kind === 'ratio') {
    const { numerator, denominator, rounding } = selection;
    if (
      !isCount(numerator) ||
      !isCount(denominator) ||
      denominator === 0 ||
      numerator > denominator ||
      numerator > MAX_NUMERATOR ||
      denominator > MAX_NUMERATOR
    ) {
      issues.push({ field: stratum, message: '抽查比例应为 0–100% 之间的精确分数（分子、分母为不超过100万的整数）' });
      return null;
    }
    if (rounding !== 'ceil' && rounding !== 'floor' && rounding !== 'half_up') {
      issues.push({ field: stratum, message: '取整规则应为 ceil、floor 或 half_up' });
      return null;
    }
    return { kind: 'ratio', numerator, denominator, rounding };
  }
  issues.push({ field: stratum, message: '抽取方式应为按比例（ratio）或按数量（count）' });
  return null;
}
