import { countPlanBatches, getPlanBatch, listParticipants, loadPoolObjects, type Executor, type RegionScope, type TaskRow } from '@liancha/db';
import { buildPoolSnapshot, DomainError, floorUnits, nextBatchQuota } from '@liancha/domain';
import { taskYear } from './build-freeze-input.js';
import { ZMatrix, ZPoolFilter } from './task-config.schema.js';

export interface BatchQuota {
  stratum: string;
  /** General units of the stratum (closed, suspended and key units not counted). */
  units: number;
  /** The year's floor: ⌈ratio floor × units⌉ (floorUnits, as the floor check counts it). */
  yearly: number;
  /** Units already drawn this year in any task. */
  drawnSoFar: number;
  /** This batch's count, so the year still meets its floor: remaining ÷ batches left, rounded up. */
  quota: number;
}

/**
 * Counts for a batch's matrix that make the plan's yearly floor (漳平: ≥10% of general units)
 * come true over the batches (e.g. quarterly), whatever earlier batches drew.
 */
export async function suggestBatchQuotas(
  db: Executor,
  scope: RegionScope,
  task: TaskRow,
): Promise<{ batch: string; batchesLeft: number; ratioFloorBp: number; quotas: BatchQuota[] }> {
  if (!task.planBatchId) throw new DomainError('precondition_failed', '临时任务不属于年度计划批次，无法按计划比例分配', { reason: 'task_ad_hoc' });
  const batch = (await getPlanBatch(db, scope, task.planBatchId))!;
  const batchCount = await countPlanBatches(db, scope, batch.planId);
  const batchesLeft = batchCount - batch.seq + 1;
  const matrix = ZMatrix.parse(task.matrix);
  const participants = (await listParticipants(db, scope, task.id)).filter((p) => p.status === 'confirmed');
  const objects = await loadPoolObjects(db, scope, {
    ...ZPoolFilter.parse(task.poolFilter),
    agencyIds: [...new Set(participants.map((p) => p.agencyId))],
    year: taskYear(task),
  });
  const rows = objects.map((o) => ({ ...o, riskClass: o.riskClass, inKeyCheckList: o.category === 'key' }));
  // Units are counted without the yearly cap: the floor is a share of all general units.
  const units = buildPoolSnapshot(
    rows.map((r) => ({ ...r, drawsThisYear: 0 })),
    { stratifyBy: matrix.stratifyBy, frequencyCap: { default: null } },
  );
  const drawnSoFar = new Map<string, number>();
  const uscc = new Map(rows.map((r) => [r.uscc, r]));
  for (const stratum of units.strata) {
    drawnSoFar.set(stratum.id, stratum.objects.filter((u) => (uscc.get(u)?.drawsThisYear ?? 0) > 0).length);
  }
  return {
    batch: batch.name,
    batchesLeft,
    ratioFloorBp: batch.ratioFloorBp,
    quotas: units.strata.map((s) => {
      const yearly = floorUnits(s.objects.length, batch.ratioFloorBp);
      const drawn = drawnSoFar.get(s.id) ?? 0;
      return { stratum: s.id, units: s.objects.length, yearly, drawnSoFar: drawn, quota: nextBatchQuota(yearly, drawn, batchesLeft) };
    }),
  };
}
