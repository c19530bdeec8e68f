import { listTaskItems } from '@liancha/db';
import { applicableItems, checkTeamFeasibility, EXCLUSION_REASON_LABELS, freezeTask, previewFairness, sampleSize } from '@liancha/domain';
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
  const [input$, taskItems] = await Promise.all([buildFreezeInput(ctx.db, ctx.scope, task, entropy), listTaskItems(ctx.db, ctx.scope, task.id)]);
  const { commitmentInputs } = freezeTask(input$);
  const sectorsOf = new Map(input$.poolRows.map((o) => [o.uscc, o]));
  // How many of the task's items a check of the stratum asks for (its objects' sectors decide; a range when sub-sectors differ).
  const itemsPerCheck = (objects: readonly string[]) => {
    const counts = new Set<number>();
    const seen = new Map<string, number>();
    for (const uscc of objects) {
      const sectors = sectorsOf.get(uscc);
      if (!sectors) continue;
      const key = `${sectors.sectorCode}|${sectors.subSectorCode ?? ''}`;
      const known = seen.get(key) ?? applicableItems(taskItems, sectors.sectorCode, sectors.subSectorCode).length;
      seen.set(key, known);
      counts.add(known);
    }
    return counts.size === 0 ? null : { min: Math.min(...counts), max: Math.max(...counts) };
  };
  const strata = commitmentInputs.matrix.map((entry) => {
    const objects = commitmentInputs.pool.strata.find((s) => s.id === entry.stratum)?.objects ?? [];
    const eligible = objects.length;
    return {
      stratum: entry.stratum,
      eligible,
      sampleSize: sampleSize(entry.selection, entry.min, entry.max, eligible),
      min: entry.min,
      max: entry.max,
      items: itemsPerCheck(objects),
    };
  });
  const exclusions: Record<string, number> = {};
  for (const e of commitmentInputs.pool.excluded)
    for (const r of e.reasons) exclusions[EXCLUSION_REASON_LABELS[r]] = (exclusions[EXCLUSION_REASON_LABELS[r]] ?? 0) + 1;
  return {
    strata,
    taskItems: taskItems.length,
    total: { eligible: strata.reduce((s, x) => s + x.eligible, 0), sampleSize: strata.reduce((s, x) => s + x.sampleSize, 0) },
    exclusions,
    roster: commitmentInputs.team ? { usable: commitmentInputs.team.roster.length, excluded: commitmentInputs.team.excludedInspectors.length } : null,
    feasibility: commitmentInputs.team ? checkTeamFeasibility(commitmentInputs) : null,
    fairness: input.fairnessSeeds > 0 ? previewFairness(commitmentInputs, { seeds: input.fairnessSeeds }) : null,
  };
});
