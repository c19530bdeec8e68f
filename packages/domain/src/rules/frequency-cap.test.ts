import { describe, expect, it } from 'vitest';
import { buildPoolSnapshot } from '../draw/pool-snapshot.js';
import { syntheticUscc as uscc } from '../fixtures/uscc-factory.js';
import { describeLooserCaps, effectiveCaps, FREQUENCY_CAP_PER_YEAR, looserThanPlan, planCaps } from './frequency-cap.js';

describe('frequency caps: the plan is the rule, the matrix may only tighten it', () => {
  it('fills every risk class a plan leaves out with the seed default of once a year', () => {
    expect(FREQUENCY_CAP_PER_YEAR).toBe(1);
    expect(planCaps({ B: 2 })).toEqual({ A: 1, B: 2, C: 1, D: 1 });
    expect(planCaps({ A: -1, C: 'x', D: 1.5 })).toEqual({ A: 1, B: 1, C: 1, D: 1 });
  });

  it('finds every class where the matrix allows more checks than the plan, unclassified objects held to the strictest', () => {
    const plan = { A: 1, B: 2, C: 3, D: 3 };
    expect(looserThanPlan(plan, { default: 1, byRiskClass: {} })).toEqual([]);
    expect(looserThanPlan(plan, { default: 1, byRiskClass: { B: 2, C: 3 } })).toEqual([]);
    expect(looserThanPlan(plan, { default: 1, byRiskClass: { A: 3 } })).toEqual([{ riskClass: 'A', plan: 1, matrix: 3 }]);
    expect(looserThanPlan(plan, { default: null, byRiskClass: { A: 1, B: 2, C: 3, D: 3 } })).toEqual([{ riskClass: null, plan: 1, matrix: null }]);
    expect(looserThanPlan(plan, { default: 2, byRiskClass: { D: null } })).toEqual([
      { riskClass: 'A', plan: 1, matrix: 2 },
      { riskClass: 'D', plan: 3, matrix: null },
      { riskClass: null, plan: 1, matrix: 2 },
    ]);
  });

  it('names the class and both numbers in Chinese', () => {
    expect(
      describeLooserCaps([
        { riskClass: 'A', plan: 1, matrix: 3 },
        { riskClass: null, plan: 1, matrix: null },
      ]),
    ).toBe('A级企业计划每年最多抽查1次，矩阵为3次；未定风险等级的企业计划每年最多抽查1次，矩阵为不限次数');
  });

  it('makes the pool exclude an object at the plan’s cap even when the matrix would allow more', () => {
    const rows = [
      { uscc: uscc(1), sectorCode: 'fireworks', riskClass: 'A' as const, status: 'operating' as const, drawsThisYear: 1 },
      { uscc: uscc(2), sectorCode: 'fireworks', riskClass: 'B' as const, status: 'operating' as const, drawsThisYear: 1 },
      { uscc: uscc(3), sectorCode: 'fireworks', riskClass: null, status: 'operating' as const, drawsThisYear: 1 },
    ];
    const matrix = { default: null, byRiskClass: { B: 1 } };
    expect(buildPoolSnapshot(rows, { frequencyCap: matrix }).excluded.map((e) => e.uscc)).toEqual([uscc(2)]);
    const caps = effectiveCaps({ A: 1, B: 3, C: 1, D: 1 }, matrix);
    expect(caps).toEqual({ default: 1, byRiskClass: { A: 1, B: 1, C: 1, D: 1 } });
    expect(buildPoolSnapshot(rows, { frequencyCap: caps }).excluded.map((e) => [e.uscc, e.reasons])).toEqual(
      [uscc(1), uscc(2), uscc(3)].sort().map((u) => [u, ['frequency_cap']]),
    );
    expect(effectiveCaps(null, matrix)).toBe(matrix);
  });
});
