import { describe, expect, it } from 'vitest';
import { freezeTask } from './commitment.js';
import { previewFairness } from './fairness-preview.js';
import * as zp from '../fixtures/zhangping-2020.js';

describe('fairness preview', () => {
  const inputs = freezeTask(zp.zhangpingYearTask({ id: 'ZP-preview', regionCode: '350881', year: 2020 })).commitmentInputs;

  it('simulates inclusion odds, loads and the highest pair probability without a seed', () => {
    const seeds = 400;
    const report = previewFairness(inputs, { seeds });
    expect(report.seeds).toBe(seeds);
    for (const s of report.strata) {
      expect(s.inclusion).toBeCloseTo(s.sampleSize / s.eligible, 12);
      // Any object's frequency stays within a wide binomial band of n/N.
      const sd = Math.sqrt((s.inclusion * (1 - s.inclusion)) / seeds);
      expect(s.observedMin).toBeGreaterThan(s.inclusion - 6 * sd);
      expect(s.observedMax).toBeLessThan(s.inclusion + 6 * sd);
    }
    const checks = report.strata.reduce((sum, s) => sum + s.sampleSize, 0);
    const perTeam = inputs.team!.rules.officersPerTeam + inputs.team!.rules.expertsPerTeam;
    const totalLoad = report.inspectors.reduce((sum, i) => sum + i.expectedLoad, 0);
    expect(report.infeasibleShare).toBe(0);
    expect(totalLoad).toBeCloseTo(checks * perTeam, 6);
    for (const i of report.inspectors) expect(i.maxLoad).toBeLessThanOrEqual(i.loadCap);
    expect(report.highestPair!.probability).toBeGreaterThan(0);
    expect(report.highestPair!.probability).toBeLessThanOrEqual(1);
    // Same key, same report.
    expect(previewFairness(inputs, { seeds: 50, key: 'k' })).toEqual(previewFairness(inputs, { seeds: 50, key: 'k' }));
  });

  it('measures how often a tight roster cannot staff a draw', () => {
    const tight = freezeTask(
      zp.zhangpingYearTask({ id: 'ZP-tight', regionCode: '350881', year: 2020 }, zp.zhangpingTeamRules({ maxChecksPerOfficer: 4 })),
    ).commitmentInputs;
    expect(previewFairness(tight, { seeds: 50 }).infeasibleShare).toBe(1);
  });
});
