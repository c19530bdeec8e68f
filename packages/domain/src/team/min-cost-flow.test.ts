import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MinCostFlow } from './min-cost-flow.js';

/** Random transportation problem: rows with supply, columns with capacity, some arcs (capacity 1). */
const problem = fc.record({
  supplies: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: 4 }),
  capacities: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 4 }),
  costs: fc.array(fc.option(fc.tuple(fc.nat(20), fc.nat(5)), { nil: null, freq: 3 }), { minLength: 16, maxLength: 16 }),
});

describe('min-cost flow (successive shortest paths, lexicographic costs)', () => {
  it('routes all supply exactly when possible, at the brute-force minimum cost', () => {
    fc.assert(
      fc.property(problem, ({ supplies, capacities, costs }) => {
        const R = supplies.length;
        const C = capacities.length;
        const arc = (r: number, c: number) => costs[r * 4 + c] ?? null;
        const flow = new MinCostFlow(1 + C + R);
        capacities.forEach((cap, c) => flow.addArc(1 + c, 0, cap, 0, 0));
        const arcs: Array<[number, number, number]> = [];
        for (let r = 0; r < R; r++)
          for (let c = 0; c < C; c++) {
            const cost = arc(r, c);
            if (cost) arcs.push([r, c, flow.addArc(1 + C + r, 1 + c, 1, cost[0], cost[1])]);
          }
        let routed = true;
        for (let r = 0; r < R; r++) if (flow.route(1 + C + r, 0, supplies[r]!) < supplies[r]!) routed = false;
        const best = brute(supplies, capacities, arc);
        expect(routed).toBe(best !== null);
        if (best === null) return;
        let hi = 0;
        let lo = 0;
        for (const [r, c, e] of arcs)
          if (flow.flow(e) > 0) {
            hi += arc(r, c)![0];
            lo += arc(r, c)![1];
          }
        expect([hi, lo]).toEqual(best);
      }),
      { numRuns: 400 },
    );
  });

  it('reports a blocking set whose outgoing arcs are saturated', () => {
    const flow = new MinCostFlow(4);
    flow.addArc(1, 0, 1, 0, 0);
    flow.addArc(2, 1, 1, 5, 0);
    flow.addArc(3, 1, 1, 1, 0);
    expect(flow.route(3, 0, 1)).toBe(1);
    expect(flow.route(2, 0, 1)).toBe(0);
    expect(new Set(flow.lastReachable)).toEqual(new Set([2, 1, 3]));
  });
});

function brute(supplies: number[], capacities: number[], arc: (r: number, c: number) => [number, number] | null): [number, number] | null {
  const R = supplies.length;
  const C = capacities.length;
  let best: [number, number] | null = null;
  const used = new Array<number>(C).fill(0);
  const choose = (r: number, c: number, left: number, hi: number, lo: number): void => {
    if (r === R) {
      if (!best || hi < best[0] || (hi === best[0] && lo < best[1])) best = [hi, lo];
      return;
    }
    if (left === 0) return choose(r + 1, 0, supplies[r + 1] ?? 0, hi, lo);
    for (let k = c; k < C; k++) {
      const cost = arc(r, k);
      if (!cost || used[k]! >= capacities[k]!) continue;
      used[k]!++;
      choose(r, k + 1, left - 1, hi + cost[0], lo + cost[1]);
      used[k]!--;
    }
  };
  choose(0, 0, supplies[0]!, 0, 0);
  return best;
}
