import {
  enterprisesAtCap,
  listParticipants,
  listTaskInspectors,
  loadConflictPairs,
  loadInspectionHistory,
  streamPoolObjects,
  type Executor,
  type PoolEntry,
  type PoolQuery,
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
  PoolSnapshotBuilder,
  type MatrixRuleInput,
  type PoolFreezeInput,
  type PoolRules,
} from '@liancha/domain';
import { capsInForce, taskPlan } from '../plans/plan-caps.js';
import { ZMatrix, ZPoolFilter, ZTeamRules, type Matrix } from './task-config.schema.js';

export function taskYear(task: TaskRow): number {
  if (!task.inspectionStartsOn) throw new DomainError('precondition_failed', '任务尚未设定检查时间', { reason: 'task_incomplete' });
  return Number(task.inspectionStartsOn.slice(0, 4));
}

/** Which objects the task draws from: its pool filter over the confirmed agencies' objects, with the year's checks counted. */
export function taskPoolQuery(task: TaskRow, participants: readonly { agencyId: string }[], year: number): PoolQuery {
  return { ...ZPoolFilter.parse(task.poolFilter), agencyIds: [...new Set(participants.map((p) => p.agencyId))], year };
}

/**
 * The task's pool as the draw reads it, streamed into its snapshot: objects of the confirmed
 * agencies with their draws this year, under the pool rules with the caps in force (the
 * matrix's, tightened to the plan's). An enterprise at a confirmed agency's 年度检查频次上限,
 * counted across agencies and kinds, is left out as `inspection_cap`. Only USCCs are kept, never
 * a million rows; `onEligible` sees each eligible row with its stratum as it passes.
 */
export async function streamTaskPool(
  db: Executor,
  scope: RegionScope,
  task: TaskRow,
  options: { recordTownships?: boolean; onEligible?: (row: PoolEntry, stratum: string) => void } = {},
) {
  const year = taskYear(task);
  const participants = (await listParticipants(db, scope, task.id)).filter((p) => p.status === 'confirmed');
  const matrix = ZMatrix.parse(task.matrix);
  const plan = await taskPlan(db, scope, task, year);
  const poolRules: PoolRules = {
    stratifyBy: matrix.stratifyBy,
    frequencyCap: capsInForce(plan, matrix.frequencyCap),
    excludeKeyCheckList: matrix.excludeKeyCheckList,
    recordTownships: options.recordTownships ?? false,
  };
  // Enterprises at a cap are few (the year's checks, aggregated in SQL): a set, not a column per row.
  const atCap = await enterprisesAtCap(db, scope, { year, agencyIds: [...new Set(participants.map((p) => p.agencyId))] });
  const builder = new PoolSnapshotBuilder(poolRules);
  for await (const chunk of streamPoolObjects(db, scope, taskPoolQuery(task, participants, year))) {
    for (const o of chunk) {
      const stratum = builder.add({
        uscc: o.uscc,
        sectorCode: o.sectorCode,
        riskClass: o.riskClass,
        townshipCode: o.townshipCode,
        category: o.category,
        status: o.status,
        drawsThisYear: o.drawsThisYear,
        inKeyCheckList: o.category === 'key',
        ...(atCap.has(o.uscc) ? { extraExclusions: ['inspection_cap' as const] } : {}),
      });
      if (stratum !== null) options.onEligible?.(o, stratum);
    }
  }
  return { year, participants, matrix, poolRules, plan, pool: builder.build() };
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
  onEligible?: (row: PoolEntry, stratum: string) => void,
): Promise<PoolFreezeInput> {
  if (!task.inspectionEndsOn) throw new DomainError('precondition_failed', '任务尚未设定检查时间', { reason: 'task_incomplete' });
  const teamRules = Object.keys(task.teamRules).length > 0 ? ZTeamRules.parse(task.teamRules) : null;
  const { year, participants, pool, matrix } = await streamTaskPool(db, scope, task, { recordTownships: teamRules?.homeAreaConflict ?? false, onEligible });
  // Seat groups: agencies in a joint check, the units (股室/中心) of one agency in an internal one.
  const internal = task.kind === 'internal';
  const groupOf = (p: (typeof participants)[number]) => (internal ? `${p.agencyCode}:${p.unitCode}` : p.agencyCode);
  const groupByAgency = new Map(participants.map((p) => [p.agencyId, groupOf(p)]));
  const groupByUnit = new Map(participants.filter((p) => p.unitId).map((p) => [p.unitId!, groupOf(p)]));
  const inspectorGroup = (i: { agencyId: string; unitId: string | null }) =>
    (internal ? (i.unitId ? groupByUnit.get(i.unitId) : undefined) : groupByAgency.get(i.agencyId)) ?? `${i.agencyId}:none`;

  let team: PoolFreezeInput['team'] = null;
  if (teamRules) {
    const pool = await listTaskInspectors(db, scope, task.id);
    const ids = pool.map((i) => i.id);
    const period = { start: task.inspectionStartsOn!, end: task.inspectionEndsOn };
    const [conflicts, history] = await Promise.all([
      loadConflictPairs(db, scope, ids, period),
      teamRules.recentRepeatYears > 0 ? loadInspectionHistory(db, scope, ids, year - teamRules.recentRepeatYears) : Promise.resolve([]),
    ]);
    team = {
      rules: {
        inspectionStart: period.start,
        inspectionEnd: period.end,
        agencies: participants.map((p) => ({
          agencyId: groupOf(p),
          name: internal ? `${p.agencyName}${p.unitName ?? ''}` : p.agencyName,
          minOfficers: teamRules.minOfficers[p.unitId ?? p.agencyId] ?? MIN_OFFICERS_PER_AGENCY,
        })),
        officersPerTeam: teamRules.officersPerTeam,
        expertsPerTeam: teamRules.expertsPerTeam,
        maxChecksPerOfficer: teamRules.maxChecksPerOfficer,
        homeAreaConflict: teamRules.homeAreaConflict,
        recentRepeatYears: teamRules.recentRepeatYears,
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
  return { task: { id: task.code, regionCode: scope.regionCode, year, title: task.title }, pool, matrix: matrixSpec(matrix), team, entropy };
}
