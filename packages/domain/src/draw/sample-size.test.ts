import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { batchMatrix, nextBatchQuota, planBatchQuotas, splitEvenly } from './batch-quotas.js';
import { ratioBp, roundRatio, sampleSize } from './sample-size.js';
import { ZHANGPING_SECTORS } from '../fixtures/zhangping-2020.js';

describe('sample size n_h = clamp(round(ratio·N), min, min(max, N))', () => {
  it('rounds exactly: 10% of the seed sectors, rounded up', () => {
    expect(ZHANGPING_SECTORS.map(([, n]) => sampleSize(ratioBp(1000), 0, null, n))).toEqual([4, 6, 10, 34]);
    expect(roundRatio(1, 3, 3, 'ceil')).toBe(1);
    expect(roundRatio(1, 3, 4, 'floor')).toBe(1);
    expect(roundRatio(1, 2, 5, 'half_up')).toBe(3);
    expect(roundRatio(1, 3, 4, 'half_up')).toBe(1);
    // 0.1 is not exact in binary floating point; the integer formula must still give 10% of 30 = 3.
    expect(sampleSize(ratioBp(1000), 0, null, 30)).toBe(3);
  });

  it('clamps to min and max, and never beyond the stratum', () => {
    expect(sampleSize(ratioBp(500, 'floor'), 3, null, 20)).toBe(3);
    expect(sampleSize(ratioBp(10000), 0, 5, 20)).toBe(5);
    expect(sampleSize(ratioBp(1000), 10, null, 4)).toBe(4);
    expect(sampleSize({ kind: 'count', count: 12 }, 0, null, 7)).toBe(7);
  });

  it('matches the rational definition for any ratio and size', () => {
    fc.assert(
      fc.property(fc.nat(10000), fc.integer({ min: 1, max: 10000 }), fc.nat(100000), (num, den, size) => {
        fc.pre(num <= den);
        const exact = (num * size) / den;
        const ceil = roundRatio(num, den, size, 'ceil');
        expect(ceil).toBeGreaterThanOrEqual(exact);
        expect(ceil - 1).toBeLessThan(exact);
        const floor = roundRatio(num, den, size, 'floor');
        expect(floor).toBeLessThanOrEqual(exact);
        expect(floor + 1).toBeGreaterThan(exact);
      }),
    );
  });
});

describe('batch quotas', () => {
  it('splits the seed year (≥10% per sector) into four quarters that meet the floor', () => {
    const plan = planBatchQuotas(
      ZHANGPING_SECTORS.map(([stratum, size]) => ({ stratum, size, selection: ratioBp(1000) })),
      4,
    );
    expect(plan.map((p) => [p.stratum, p.yearly, p.batches])).toEqual([
      ['非煤矿山', 4, [1, 1, 1, 1]],
      ['危险化学品', 6, [2, 2, 1, 1]],
      ['烟花爆竹', 10, [3, 3, 2, 2]],
      ['工贸', 34, [9, 9, 8, 8]],
    ]);
    for (const [i, [, size]] of ZHANGPING_SECTORS.entries()) {
      const total = plan[i]!.batches.reduce((a, b) => a + b, 0);
      expect(total).toBeGreaterThanOrEqual(Math.ceil(size / 10));
    }
    const q2 = batchMatrix(plan, 1, { 工贸: { requiredExpertise: ['工贸'] } });
    expect(q2.strata?.find((s) => s.stratum === '工贸')).toEqual({ stratum: '工贸', selection: { kind: 'count', count: 9 }, requiredExpertise: ['工贸'] });
  });

  it('quotas always add up to the yearly total, larger ones first', () => {
    fc.assert(
      fc.property(fc.nat(100000), fc.integer({ min: 1, max: 52 }), (total, parts) => {
        const q = splitEvenly(total, parts);
        expect(q.reduce((a, b) => a + b, 0)).toBe(total);
        expect(Math.max(...q) - Math.min(...q)).toBeLessThanOrEqual(1);
        expect([...q].sort((a, b) => b - a)).toEqual(q);
      }),
    );
  });

  it('catches up after a short batch', () => {
    expect(nextBatchQuota(34, 5, 3)).toBe(10);
    expect(nextBatchQuota(34, 40, 1)).toBe(0);
    expect(() => nextBatchQuota(10, 0, 0)).toThrow();
  });
});
