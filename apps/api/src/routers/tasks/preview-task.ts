import { checkTeamFeasibility, EXCLUSION_REASON_LABELS, freezeTask, previewFairness, sampleSize } from '@liancha/domain';
import { buildFreezeInput } from '../../tasks/build-freeze-input.js';
import { agencySources } from '../../draws/entropy-sources.js';
import { abilityQuery } from '../../trpc/init.js';
import { loadTask } from './load-task.js';
import { ZPreviewRequest } from './task.schema.js';

// Preview only: agency commitments do not change N_h, n_h, feasibility or fairness.
const PLACEHOLDER = '0'.repeat(64);

/**
 * Live preview of the matrix: N_h and n_h per stratum, exclusions with reasons, whether a
 * lawful team exists for every possible outcome, and (optionally) simulated fairness.
 */
export const previewTaskRoute = abilityQuery.input(ZPreviewRequest).query(async ({ ctx, input }) => {
  const { task, participants } = await loadTask(ctx, input.taskId);
  const entropy = agencySources(participants).map(({ agencyUuid: _uuid, ...s }) => ({ ...s, commitment: PLACEHOLDER }));
  const input$ = await buildFreezeInput(ctx.db, ctx.scope, task, entropy);
  const { commitmentInputs } = freezeTask(input$);
  const strata = commitmentInputs.matrix.map((entry) => {
    const eligible = commitmentInputs.pool.strata.find((s) => s.id === entry.stratum)?.objects.length ?? 0;
    return { stratum: entry.stratum, eligible, sampleSize: sampleSize(entry.selection, entry.min, entry.max, eligible), min: entry.min, max: entry.max };
  });
  const exclusions: Record<string, number> = {};
  for (const e of commitmentInputs.pool.excluded)
    for (const r of e.reasons) exclusions[EXCLUSION_REASON_LABELS[r]] = (exclusions[EXCLUSION_REASON_LABELS[r]] ?? 0) + 1;
  return {
    strata,
    total: { eligible: strata.reduce((s, x) => s + x.eligible, 0), sampleSize: strata.reduce((s, x) => s + x.sampleSize, 0) },
    exclusions,
    roster: commitmentInputs.team ? { usable: commitmentInputs.team.roster.length, excluded: commitmentInputs.team.excludedInspectors.length } : null,
    feasibility: commitmentInputs.team ? checkTeamFeasibility(commitmentInputs) : null,
    fairness: input.fairnessSeeds > 0 ? previewFairness(commitmentInputs, { seeds: input.fairnessSeeds }) : null,
  };
});
