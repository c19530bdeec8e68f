import { drawnBatchSeqs, findDrawOfTask, findPlanInForce, getPlanBatch, type Executor, type RegionScope, type TaskRow } from '@liancha/db';
import { DomainError, resolveMatrix, sampleSize, STRATUM_SEPARATOR, type PendingQuota } from '@liancha/domain';
import { agencyYearSectors, floorReport, pendingBatch, type FloorReport } from '../plans/plan-floor.js';
import { matrixSpec, streamTaskPool } from './build-freeze-input.js';
import { ZMatrix } from './task-config.schema.js';

export interface TaskFloor extends FloorReport {
  plan: { id: string; year: number; version: number };
  batch: { seq: number; name: string };
  /** The year's last batch: what it draws decides whether the year reaches its floor. */
  lastBatch: boolean;
  /** Why this task's draws per sector are not counted (no matrix, not stratified by sector, matrix invalid); null when they are. */
  note: string | null;
}

const NONE: PendingQuota = { kind: 'counts', bySector: {} };

/** What this task's matrix will draw per sector (n_h summed over the sector's strata). */
async function taskQuota(db: Executor, scope: RegionScope, task: TaskRow): Promise<{ quota: PendingQuota; note: string | null }> {
  if (Object.keys(task.matrix).length === 0) return { quota: NONE, note: '尚未设置抽查矩阵，本批次的抽取户数未计入' };
  const matrix = ZMatrix.parse(task.matrix);
  const sectorAt = matrix.stratifyBy.indexOf('sectorCode');
  if (sectorAt < 0) return { quota: NONE, note: '抽查矩阵未按行业领域分层，本批次各行业领域的抽取户数要到抽取后才能确定，未计入' };
  try {
    const { pool } = await streamTaskPool(db, scope, task);
    const bySector: Record<string, number> = {};
    for (const entry of resolveMatrix(matrixSpec(matrix), pool)) {
      const eligible = pool.strata.find((s) => s.id === entry.stratum)?.objects.length ?? 0;
      const sector = entry.stratum.split(STRATUM_SEPARATOR)[sectorAt]!;
      bySector[sector] = (bySector[sector] ?? 0) + sampleSize(entry.selection, entry.min, entry.max, eligible);
    }
    return { quota: { kind: 'counts', bySector }, note: null };
  } catch (error) {
    if (error instanceof DomainError) return { quota: NONE, note: `按当前矩阵无法计算本批次的抽取户数：${error.message}` };
    throw error;
  }
}

/**
 * How far the year of a plan task's batch reaches the plan's ratio floor: the year's draws
 * (counted as the leadership group's coverage counts them), plus what this task's matrix will
 * draw, plus the plan's other batches not drawn yet. Counting every object the matrix draws in
 * a sector, it is an upper bound when the pool holds objects the lead agency does not supervise
 * (supervision "any") or key units (key-check list not excluded). Null for ad hoc tasks and
 * without a plan in force.
 */
export async function taskFloorReach(db: Executor, scope: RegionScope, task: TaskRow): Promise<TaskFloor | null> {
  if (!task.planBatchId || !task.inspectionStartsOn) return null;
  const batch = await getPlanBatch(db, scope, task.planBatchId);
  const plan = batch ? await findPlanInForce(db, scope, task.leadAgencyId, batch.year) : undefined;
  if (!batch || !plan) return null;
  const [rows, drawnSeqs, draw] = await Promise.all([
    agencyYearSectors(db, scope, plan.agencyId, plan.year),
    drawnBatchSeqs(db, scope, plan.agencyId, plan.year),
    findDrawOfTask(db, scope, task.id),
  ]);
  const pending = plan.batches.filter((b) => b.seq !== batch.seq && !drawnSeqs.includes(b.seq)).map((b) => pendingBatch(b));
  // Once this task is drawn its units are in the year's draws already.
  const own = draw?.drawnAt ? { quota: null, note: null } : await taskQuota(db, scope, task);
  if (own.quota) pending.push({ name: batch.name, sectorCodes: null, quota: own.quota });
  return {
    ...floorReport(plan.ratioFloorBp, rows, pending),
    plan: { id: plan.id, year: plan.year, version: plan.version },
    batch: { seq: batch.seq, name: batch.name },
    lastBatch: batch.seq === Math.max(...plan.batches.map((b) => b.seq)),
    note: own.note,
  };
}
