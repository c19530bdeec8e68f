import { countPlanBatches, getPlanBatch, listParticipants, streamPoolObjects, type Executor, type RegionScope, type TaskRow } from '@liancha/db';
import { DomainError, floorUnits, nextBatchQuota, PoolSnapshotBuilder } from '@liancha/domain';
import { taskPoolQuery, taskYear } from './build-freeze-input.js';
import { ZMatrix } from './task-config.schema.js';

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
  // Units are counted without the yearly cap (the floor is a share of all general units), the
  // units drawn so far as the pool streams by: never a million rows at once.
  const builder = new PoolSnapshotBuilder({ stratifyBy: matrix.stratifyBy, frequencyCap: { default: null } });
  const drawnSoFar = new Map<string, number>();
  for await (const chunk of streamPoolObjects(db, scope, taskPoolQuery(task, participants, taskYear(task)))) {
    for (const o of chunk) {
      const stratum = builder.add({ ...o, drawsThisYear: 0, inKeyCheckList: o.category === 'key' });
      if (stratum !== null && o.drawsThisYear > 0) drawnSoFar.set(stratum, (drawnSoFar.get(stratum) ?? 0) + 1);
    }
  }
  const units = builder.build();
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
