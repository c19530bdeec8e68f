// Fairness preview on the seed plan (513 objects, 3 agencies, experts): 1,000 and 10,000 seeds.
//   npm run bench:fairness -w @liancha/domain
import { freezeTask } from '../src/draw/commitment.js';
import { previewFairness } from '../src/draw/fairness-preview.js';
import { checkTeamFeasibility } from '../src/team/team-feasibility.js';
import * as zp from '../src/fixtures/zhangping-2020.js';
import { machineNote, ms } from './timing.js';

console.log(`# fairness — ${await machineNote()}`);
const inputs = freezeTask(zp.zhangpingYearTask({ id: 'ZP-2020-YEAR', regionCode: '350881', year: 2020 })).commitmentInputs;

let start = performance.now();
const feasibility = checkTeamFeasibility(inputs);
console.log(`feasibility check (no seed): ${ms(performance.now() - start)}, feasible ${feasibility.feasible}`);
for (const seeds of [1_000, 10_000]) {
  start = performance.now();
  const report = previewFairness(inputs, { seeds });
  const elapsed = performance.now() - start;
  const loads = report.inspectors.map((i) => i.expectedLoad);
  console.log(
    `${seeds} seeds: ${ms(elapsed)} (${(elapsed / seeds).toFixed(2)} ms per simulated draw); ` +
      `strata ${report.strata.map((s) => `${s.stratum} ${s.sampleSize}/${s.eligible}=${s.inclusion.toFixed(3)} [${s.observedMin.toFixed(3)}–${s.observedMax.toFixed(3)}]`).join(', ')}; ` +
      `expected load ${Math.min(...loads).toFixed(2)}–${Math.max(...loads).toFixed(2)}; highest pair ${report.highestPair?.probability.toFixed(3)}; infeasible ${report.infeasibleShare}`,
  );
}
