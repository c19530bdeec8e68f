import { listTaskItems, type PoolEntry } from '@liancha/db';
import { applicableItems, checkTeamFeasibility, EXCLUSION_REASON_LABELS, freezePool, previewFairness, sampleSize } from '@liancha/domain';
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
  const taskItems = await listTaskItems(ctx.db, ctx.scope, task.id);
  // How many of the task's items a check of the stratum asks for (its objects' sectors decide; a range when sub-sectors differ).
  const itemCounts = new Map<string, Set<number>>();
  const known = new Map<string, number>();
  const countItems = (o: PoolEntry, stratum: string) => {
    const key = `${o.sectorCode}|${o.subSectorCode ?? ''}`;
    let n = known.get(key);
    if (n === undefined) known.set(key, (n = applicableItems(taskItems, o.sectorCode, o.subSectorCode).length));
    const counts = itemCounts.get(stratum) ?? new Set<number>();
    counts.add(n);
    itemCounts.set(stratum, counts);
  };
  const { commitmentInputs } = freezePool(await buildFreezeInput(ctx.db, ctx.scope, task, entropy, countItems));
  const itemsPerCheck = (stratum: string) => {
    const counts = itemCounts.get(stratum);
    return counts ? { min: Math.min(...counts), max: Math.max(...counts) } : null;
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
      items: itemsPerCheck(entry.stratum),
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
