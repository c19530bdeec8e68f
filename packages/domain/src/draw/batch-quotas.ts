import { DomainError } from '../errors.js';
import type { MatrixRuleInput, MatrixSpec } from './matrix.js';
import { fixedCount, sampleSize, type Selection } from './sample-size.js';

/** A stratum's yearly rule, e.g. "≥10% of the 332 general 工贸 units this year". */
export interface YearlyQuotaInput {
  stratum: string;
  /** N_h at the start of the year (eligible units). */
  size: number;
  selection: Selection;
  min?: number;
  max?: number | null;
}

export interface BatchQuotaPlan {
  stratum: string;
  /** The year's total: clamp(round(ratio·N), min, min(max, N)). */
  yearly: number;
  /** One quota per batch; they add up to `yearly`, earlier batches take the remainder. */
  batches: number[];
}

/**
 * Split each stratum's yearly floor into batch quotas (e.g. quarterly) so that the year's
 * total is met exactly: quota_b = floor(Y/B) + (b < Y mod B ? 1 : 0). Front-loading the
 * remainder keeps the floor reachable even if a late batch is cancelled.
 */
export function planBatchQuotas(strata: readonly YearlyQuotaInput[], batchCount: number): BatchQuotaPlan[] {
  if (!Number.isSafeInteger(batchCount) || batchCount < 1) {
    throw new DomainError('bad_request', '批次数应为正整数', { reason: 'batch_count_invalid' });
  }
  return strata.map((s) => {
    const yearly = sampleSize(s.selection, s.min ?? 0, s.max ?? null, s.size);
    return { stratum: s.stratum, yearly, batches: splitEvenly(yearly, batchCount) };
  });
}

/** Split a total into `parts` near-equal integers, larger ones first. */
export function splitEvenly(total: number, parts: number): number[] {
  const base = Math.floor(total / parts);
  const extra = total % parts;
  return Array.from({ length: parts }, (_, i) => base + (i < extra ? 1 : 0));
}

/**
 * The quota for the next batch when earlier batches drew `drawnSoFar`: the remaining
 * yearly total spread over the batches left, rounded up so the year still meets its floor.
 */
export function nextBatchQuota(yearly: number, drawnSoFar: number, batchesLeft: number): number {
  if (batchesLeft < 1) throw new DomainError('bad_request', '剩余批次数应为正整数', { reason: 'batch_count_invalid' });
  const remaining = Math.max(0, yearly - drawnSoFar);
  return Math.ceil(remaining / batchesLeft);
}

/**
 * Matrix for one batch of a plan: fixed counts, since earlier draws shrink each stratum's
 * pool. `rest` adds per-stratum settings other than the selection (expertise, substitutes).
 */
export function batchMatrix(plan: readonly BatchQuotaPlan[], batchIndex: number, rest: Record<string, Omit<MatrixRuleInput, 'selection'>> = {}): MatrixSpec {
  return { strata: plan.map((p) => ({ ...rest[p.stratum], stratum: p.stratum, selection: fixedCount(p.batches[batchIndex] ?? 0) })) };
}
