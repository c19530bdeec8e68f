import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { freezeTask, type CommitmentInputs } from './commitment.js';
import { drawObjects } from './object-draw.js';
import { sampleSize } from './sample-size.js';
import { Tickets } from './tickets.js';
import { Prng } from '../random/seeded-prng.js';
import { syntheticUscc } from '../fixtures/uscc-factory.js';
import { TEST_ENTROPY } from '../testing/scenarios.js';

function task(sizes: number[], ratio: { numerator: number; denominator: number }, min = 0, max: number | null = null): CommitmentInputs {
  let n = 0;
  const objects = sizes.flatMap((size, h) =>
    Array.from({ length: size }, () => ({ uscc: syntheticUscc(++n), sectorCode: `行业${h}`, status: 'operating' as const, drawsThisYear: 0 })),
  );
  return freezeTask({
    task: { id: 'draw-test', regionCode: '350881', year: 2020 },
    objects,
    matrix: { default: { selection: { kind: 'ratio', ...ratio, rounding: 'ceil' }, min, max } },
    entropy: TEST_ENTROPY,
  }).commitmentInputs;
}

describe('object draw', () => {
  it('draws the n_h smallest tickets of each stratum, then lists the ordered substitutes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(40), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 0, max: 100 }),
        fc.nat(5),
        fc.option(fc.nat(20), { nil: null }),
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        (sizes, percent, min, max, seedBytes) => {
          fc.pre(max === null || max >= min);
          const inputs = task(sizes, { numerator: percent, denominator: 100 }, min, max);
          const seed = [...seedBytes].map((b) => b.toString(16).padStart(2, '0')).join('');
          const tickets = new Tickets(seed);
          const result = drawObjects(inputs, seed);
          expect(result.map((s) => s.stratum)).toEqual(inputs.matrix.map((m) => m.stratum));
          for (const [h, stratum] of result.entries()) {
            const entry = inputs.matrix[h]!;
            const objects = inputs.pool.strata.find((s) => s.id === stratum.stratum)?.objects ?? [];
            const n = sampleSize(entry.selection, entry.min, entry.max, objects.length);
            expect(stratum.sampleSize).toBe(n);
            expect(stratum.drawn).toHaveLength(n);
            expect(stratum.eligible).toBe(objects.length);
            const ranked = objects
              .map((uscc) => ({ uscc, ticket: tickets.objectTicket(stratum.stratum, uscc) }))
              .sort((a, b) => (a.ticket < b.ticket ? -1 : 1));
            const listed = [...stratum.drawn, ...stratum.substitutes];
            expect(listed.map((d) => d.uscc)).toEqual(ranked.slice(0, listed.length).map((r) => r.uscc));
            expect(listed.map((d) => d.ticket)).toEqual(ranked.slice(0, listed.length).map((r) => r.ticket));
            expect(listed.map((d) => d.rank)).toEqual(listed.map((_, i) => i + 1));
            expect(stratum.substitutes).toHaveLength(Math.min(entry.substitutes, objects.length - n));
            expect(stratum.shortfall).toBe(Math.max(0, entry.min - n));
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('includes every object with probability n_h / N_h, including the last ones in any input order', () => {
    // 3 strata at 10%, rounded up: 33 objects (n = 4), 52 (n = 6), 7 (n = 1).
    const inputs = task([33, 52, 7], { numerator: 10, denominator: 100 });
    const seeds = 3000;
    const rng = new Prng('inclusion');
    const counts = new Map<string, number>();
    for (let i = 0; i < seeds; i++) {
      for (const s of drawObjects(inputs, rng.hex32())) for (const d of s.drawn) counts.set(d.uscc, (counts.get(d.uscc) ?? 0) + 1);
    }
    for (const [h, stratum] of inputs.pool.strata.entries()) {
      const N = stratum.objects.length;
      const n = sampleSize(inputs.matrix[h]!.selection, 0, null, N);
      const p = n / N;
      // Each object's count is Binomial(seeds, p); 5 standard deviations is a ~1e-6 false alarm per object.
      const sd = Math.sqrt(seeds * p * (1 - p));
      let chi2 = 0;
      for (const uscc of stratum.objects) {
        const c = counts.get(uscc) ?? 0;
        expect(Math.abs(c - seeds * p)).toBeLessThan(5 * sd);
        chi2 += (c - seeds * p) ** 2 / (seeds * p);
      }
      // Pearson statistic over N cells has mean ≈ (N − 1)(1 − p); allow a generous band.
      expect(chi2).toBeLessThan(3 * N);
      // The Zhejiang defect: systematic sampling never reaches the tail; ours must.
      expect(counts.get(stratum.objects[N - 1]!) ?? 0).toBeGreaterThan(0);
    }
  });

  it('does not depend on the order of the input rows', () => {
    const rows = Array.from({ length: 60 }, (_, i) => ({
      uscc: syntheticUscc(i + 500),
      sectorCode: i % 2 ? '工贸' : '烟花爆竹',
      status: 'operating' as const,
      drawsThisYear: 0,
    }));
    const freeze = (objects: typeof rows) =>
      freezeTask({
        task: { id: 'order', regionCode: '350881', year: 2020 },
        objects,
        matrix: { default: { selection: { kind: 'count', count: 5 } } },
        entropy: TEST_ENTROPY,
      });
    const reference = freeze(rows);
    const seed = '5'.repeat(64);
    fc.assert(
      fc.property(fc.shuffledSubarray(rows, { minLength: 60, maxLength: 60 }), (shuffled) => {
        const frozen = freeze(shuffled);
        expect(frozen.commitment).toBe(reference.commitment);
        expect(drawObjects(frozen.commitmentInputs, seed)).toEqual(drawObjects(reference.commitmentInputs, seed));
      }),
      { numRuns: 20 },
    );
  });
});
