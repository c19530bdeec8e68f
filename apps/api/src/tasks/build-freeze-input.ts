import {
  listParticipants,
  listTaskInspectors,
  loadConflictPairs,
  loadInspectionHistory,
  loadPoolObjects,
  type Executor,
  type PoolObjectRow,
  type RegionScope,
  type TaskRow,
} from '@liancha/db';
import {
  DomainError,
  fixedCount,
  MIN_OFFICERS_PER_AGENCY,
  ratioBp,
  type EntropySource,
  type FreezeInput,
  type MatrixRuleInput,
  type ObjectRow,
  type PoolRules,
} from '@liancha/domain';
import { capsInForce, taskPlan } from '../plans/plan-caps.js';
import { ZMatrix, ZPoolFilter, ZTeamRules, type Matrix } from './task-config.schema.js';

export function taskYear(task: TaskRow): number {
  if (!task.inspectionStartsOn) throw new DomainError('precondition_failed', '任务尚未设定检查时间', { reason: 'task_incomplete' });
  return Number(task.inspectionStartsOn.slice(0, 4));
}

/**
 * The task's pool as the draw reads it: objects of the confirmed agencies with their draws this
 * year, the matrix, and the pool rules with the caps in force (the matrix's, tightened to the plan's).
 */
export async function loadTaskPool(db: Executor, scope: RegionScope, task: TaskRow) {
  const year = taskYear(task);
  const participants = (await listParticipants(db, scope, task.id)).filter((p) => p.status === 'confirmed');
  const matrix = ZMatrix.parse(task.matrix);
  const [objects, plan] = await Promise.all([
    loadPoolObjects(db, scope, { ...ZPoolFilter.parse(task.poolFilter), agencyIds: [...new Set(participants.map((p) => p.agencyId))], year }),
    taskPlan(db, scope, task, year),
  ]);
  const rows: ObjectRow[] = objects.map((o) => ({
    uscc: o.uscc,
    name: o.name,
    sectorCode: o.sectorCode,
    riskClass: o.riskClass,
    townshipCode: o.townshipCode,
    category: o.category,
    status: o.status,
    drawsThisYear: o.drawsThisYear,
    inKeyCheckList: o.category === 'key',
  }));
  const poolRules: PoolRules = {
    stratifyBy: matrix.stratifyBy,
    frequencyCap: capsInForce(plan, matrix.frequencyCap),
    excludeKeyCheckList: matrix.excludeKeyCheckList,
  };
  return { year, participants, matrix, objects, rows, poolRules, plan };
}

/** A stored matrix as the protocol's matrix spec. */
export function matrixSpec(matrix: Matrix): FreezeInput['matrix'] {
  return { strata: matrix.rules.map((r) => ({ ...rule(r), stratum: r.stratum })), ...(matrix.default ? { default: rule(matrix.default) } : {}) };
}

function rule(selection: Matrix['rules'][number] | NonNullable<Matrix['default']>): MatrixRuleInput {
  return {
    selection: selection.ratioBp !== undefined ? ratioBp(selection.ratioBp) : fixedCount(selection.count ?? 0),
    min: selection.min,
    max: selection.max,
    requiredExpertise: selection.requiredExpertise,
  };
}

/**
 * Everything the draw depends on, read from the database into the protocol's inputs:
 * the pool (objects with their draws this year), the matrix, the roster of the agencies'
 * named inspectors with their conflicts and history, and the entropy sources. Agencies are
 * named by their codes and objects by USCC, so the public can read the commitment.
 */
export async function buildFreezeInput(
  db: Executor,
  scope: RegionScope,
  task: TaskRow,
  entropy: EntropySource[],
): Promise<
  FreezeInput & {
    inspectorIds: Map<string, string>;
    /** The pool's rows as read (no maps by USCC: a pool of a million would build them for nothing). */
    poolRows: PoolObjectRow[];
  }
> {
  if (!task.inspectionEndsOn) throw new DomainError('precondition_failed', '任务尚未设定检查时间', { reason: 'task_incomplete' });
  const { year, participants, objects, rows, poolRules, matrix } = await loadTaskPool(db, scope, task);
  // Seat groups: agencies in a joint check, the units (股室/中心) of one agency in an internal one.
  const internal = task.kind === 'internal';
  const groupOf = (p: (typeof participants)[number]) => (internal ? `${p.agencyCode}:${p.unitCode}` : p.agencyCode);
  const groupByAgency = new Map(participants.map((p) => [p.agencyId, groupOf(p)]));
  const groupByUnit = new Map(participants.filter((p) => p.unitId).map((p) => [p.unitId!, groupOf(p)]));
  const inspectorGroup = (i: { agencyId: string; unitId: string | null }) =>
    (internal ? (i.unitId ? groupByUnit.get(i.unitId) : undefined) : groupByAgency.get(i.agencyId)) ?? `${i.agencyId}:none`;

  let team: FreezeInput['team'] = null;
  const inspectorIds = new Map<string, string>();
  if (Object.keys(task.teamRules).length > 0) {
    const rules = ZTeamRules.parse(task.teamRules);
    const pool = await listTaskInspectors(db, scope, task.id);
    for (const i of pool) inspectorIds.set(i.certificateNo, i.id);
    const ids = pool.map((i) => i.id);
    const period = { start: task.inspectionStartsOn!, end: task.inspectionEndsOn };
    const [conflicts, history] = await Promise.all([
      loadConflictPairs(db, scope, ids, period),
      rules.recentRepeatYears > 0 ? loadInspectionHistory(db, scope, ids, year - rules.recentRepeatYears) : Promise.resolve([]),
    ]);
    team = {
      rules: {
        inspectionStart: period.start,
        inspectionEnd: period.end,
        agencies: participants.map((p) => ({
          agencyId: groupOf(p),
          name: internal ? `${p.agencyName}${p.unitName ?? ''}` : p.agencyName,
          minOfficers: rules.minOfficers[p.unitId ?? p.agencyId] ?? MIN_OFFICERS_PER_AGENCY,
        })),
        officersPerTeam: rules.officersPerTeam,
        expertsPerTeam: rules.expertsPerTeam,
        maxChecksPerOfficer: rules.maxChecksPerOfficer,
        homeAreaConflict: rules.homeAreaConflict,
        recentRepeatYears: rules.recentRepeatYears,
      },
      inspectors: pool.map((i) => ({
        certNo: i.certificateNo,
        agencyId: inspectorGroup(i),
        name: i.name,
        role: i.isExpert ? 'expert' : 'officer',
        status: i.status,
        certificateExpiresOn: i.certificateExpiry,
        expertise: i.expertise,
        homeTownshipCode: i.homeTownshipCode,
      })),
      // The commitment inputs are published in full so anyone can verify the draw; the personal
      // reason of a 回避 (kinship, former employment …) stays in the registry, the draw only needs the pair.
      conflicts: conflicts.map((c) => ({ certNo: c.certNo, uscc: c.uscc, reason: 'other' as const })),
      history,
    };
  }
  return {
    task: { id: task.code, regionCode: scope.regionCode, year, title: task.title },
    objects: rows,
    poolRules,
    matrix: matrixSpec(matrix),
    team,
    entropy,
    inspectorIds,
    poolRows: objects,
  };
}
