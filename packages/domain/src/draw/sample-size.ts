/** How a stratum's sample size is chosen: an exact ratio, or a fixed count. */
export type Selection = { kind: 'ratio'; numerator: number; denominator: number; rounding: Rounding } | { kind: 'count'; count: number };

/** Rounding of ratio × N: up (the usual "不低于" floor rule), down ("不超过"), or half up. */
export type Rounding = 'ceil' | 'floor' | 'half_up';

/** A ratio given in basis points (1000 = 10%), rounded up by default. */
export function ratioBp(basisPoints: number, rounding: Rounding = 'ceil'): Selection {
  return { kind: 'ratio', numerator: basisPoints, denominator: 10000, rounding };
}

/** A fixed count. */
export function fixedCount(count: number): Selection {
  return { kind: 'count', count };
}

/**
 * Exact ratio × N with the given rounding, in integer arithmetic so every language agrees.
 * The freeze limits numerators and denominators to 10^6, so numerator × N stays an exact
 * double for any pool below 9 × 10^9 objects.
 */
export function roundRatio(numerator: number, denominator: number, size: number, rounding: Rounding): number {
  const product = numerator * size;
  const floor = Math.floor(product / denominator);
  const remainder = product - floor * denominator;
  switch (rounding) {
    case 'floor':
      return floor;
    case 'ceil':
      return remainder > 0 ? floor + 1 : floor;
    case 'half_up':
      return remainder * 2 >= denominator ? floor + 1 : floor;
  }
}

/**
 * n_h = clamp(raw, min, min(max, N)) where raw is the rounded ratio or the count.
 * When min exceeds N the whole stratum is taken (the shortfall is reported separately).
 */
export function sampleSize(selection: Selection, min: number, max: number | null, size: number): number {
  const raw = selection.kind === 'count' ? selection.count : roundRatio(selection.numerator, selection.denominator, size, selection.rounding);
  const upper = max === null ? size : Math.min(max, size);
  return Math.min(Math.max(raw, min), upper);
}
