import type { Insertable } from 'kysely';
import type { Executor } from '../repositories/executor.js';
import type { CheckTable, TeamMemberTable } from '../schema/checks.js';
import type { DrawEntropyTable, DrawTable } from '../schema/draw.js';
import type { JointTaskTable } from '../schema/planning.js';
import { suffix } from './suffix.js';

/**
 * A joint task led by `leadAgencyId` with its partners confirmed (and `declinedAgencyIds`
 * declined) and a drawn draw, the spine that checks and their outcomes hang on. Pool, matrix and
 * team rules stay empty: tasks that go through the ceremony are made through the API
 * (joint-task-fixture.ts in apps/api). `participantIds` maps each agency to its participant row.
 */
export async function makeJointTask(
  db: Executor,
  input: {
    regionCode: string;
    leadAgencyId: string;
    partnerAgencyIds?: string[];
    declinedAgencyIds?: string[];
    code?: string;
    title?: string;
    status?: Insertable<JointTaskTable>['status'];
    kind?: Insertable<JointTaskTable>['kind'];
    planBatchId?: string | null;
    commitment?: string;
    /** The task's inspection period (both null unless given). */
    inspectionStartsOn?: string;
    inspectionEndsOn?: string;
  },
): Promise<{ taskId: string; drawId: string; participantIds: Record<string, string> }> {
  const { regionCode } = input;
  const code = input.code ?? `JT-${suffix().toUpperCase()}`;
  const planBatchId = input.planBatchId ?? null;
  const task = await db
    .insertInto('jointTask')
    .values({
      regionCode,
      leadAgencyId: input.leadAgencyId,
      adHoc: planBatchId === null,
      planBatchId,
      ...(input.kind ? { kind: input.kind } : {}),
      code,
      title: input.title ?? `${code} 联合抽查`,
      status: input.status ?? 'in_progress',
      poolFilter: {},
      matrix: {},
      teamRules: {},
      inspectionStartsOn: input.inspectionStartsOn ?? null,
      inspectionEndsOn: input.inspectionEndsOn ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const participants = await db
    .insertInto('jointTaskParticipant')
    .values([
      ...[input.leadAgencyId, ...(input.partnerAgencyIds ?? [])].map((agencyId, i) => ({
        regionCode,
        taskId: task.id,
        agencyId,
        role: i === 0 ? ('lead' as const) : ('partner' as const),
        status: 'confirmed' as const,
      })),
      ...(input.declinedAgencyIds ?? []).map((agencyId) => ({ regionCode, taskId: task.id, agencyId, role: 'partner' as const, status: 'declined' as const })),
    ])
    .returning(['id', 'agencyId'])
    .execute();
  const drawId = await makeDraw(db, { regionCode, taskId: task.id, commitment: input.commitment ?? 'a'.repeat(64) });
  return { taskId: task.id, drawId, participantIds: Object.fromEntries(participants.map((p) => [p.agencyId, p.id])) };
}

/** A draw of a task written directly, drawn unless `status` says otherwise (no ceremony behind it). */
export async function makeDraw(
  db: Executor,
  input: { regionCode: string; taskId: string } & Partial<
    Pick<Insertable<DrawTable>, 'status' | 'commitment' | 'commitmentInputs' | 'declaredEntropy' | 'revealDeadline' | 'frozenAt'>
  >,
): Promise<string> {
  const row = await db
    .insertInto('draw')
    .values({ status: 'drawn', commitment: 'a'.repeat(64), commitmentInputs: '{}', ...input })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** One entropy source of a draw (a participating agency's secret, the witness's dice or a public value). */
export async function makeEntropySource(
  db: Executor,
  input: Pick<Insertable<DrawEntropyTable>, 'regionCode' | 'drawId' | 'sourceKind' | 'agencyId' | 'label'> &
    Partial<Pick<Insertable<DrawEntropyTable>, 'sourceId' | 'commitmentHash' | 'digits'>>,
): Promise<string> {
  const row = await db.insertInto('drawEntropy').values(input).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** A check of `objectId` in a task's draw (planned unless `status` says otherwise); the first of `team` leads it unless roles are given. */
export async function makeCheck(
  db: Executor,
  input: {
    regionCode: string;
    taskId: string;
    drawId: string;
    objectId: string;
    team?: { inspectorId: string; agencyId: string; role?: Insertable<TeamMemberTable>['role'] }[];
  } & Partial<Pick<Insertable<CheckTable>, 'status' | 'scheduledOn' | 'startedOn' | 'endedOn' | 'noCheckInReason'>>,
): Promise<string> {
  // Picked one by one: callers spread makeJointTask's answer (participantIds included) into the input.
  const { regionCode, taskId, drawId, objectId, status, scheduledOn, startedOn, endedOn, noCheckInReason, team = [] } = input;
  const check = await db
    .insertInto('check')
    .values({ regionCode, taskId, drawId, objectId, status, scheduledOn, startedOn, endedOn, noCheckInReason, notice: {} })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (team.length > 0) {
    await db
      .insertInto('teamMember')
      .values(
        team.map((m, i) => ({
          regionCode,
          checkId: check.id,
          inspectorId: m.inspectorId,
          agencyId: m.agencyId,
          role: m.role ?? (i === 0 ? ('leader' as const) : ('member' as const)),
          ticket: String(i % 10).repeat(64),
        })),
      )
      .execute();
  }
  return check.id;
}

/** Put an agency's item or inspector on a joint task (as setItems / setInspectors would). */
export async function addToJointTask(
  db: Executor,
  input: { regionCode: string; taskId: string; agencyId: string } & ({ itemId: string } | { inspectorId: string }),
): Promise<void> {
  const { regionCode, taskId, agencyId } = input;
  if ('itemId' in input) await db.insertInto('jointTaskItem').values({ regionCode, taskId, agencyId, itemId: input.itemId }).execute();
  else await db.insertInto('jointTaskInspector').values({ regionCode, taskId, agencyId, inspectorId: input.inspectorId }).execute();
}

/** The USCC of the first object (by USCC) of a draw whose check has not started, if any: what a substitution may replace. */
export async function findPlannedUscc(db: Executor, drawId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('check as c')
    .innerJoin('object as o', 'o.id', 'c.objectId')
    .select('o.uscc')
    .where('c.drawId', '=', drawId)
    .where('c.status', '=', 'planned')
    .orderBy('o.uscc')
    .limit(1)
    .executeTakeFirst();
  return row?.uscc;
}

/**
 * 行政检查审批 recorded for every confirmed agency of a task, as their heads would give it (the
 * agency's first user by name stands in for its head).
 */
export async function markTaskChecksApproved(db: Executor, taskId: string, at = new Date()): Promise<void> {
  await db
    .updateTable('jointTaskParticipant as p')
    .set((eb) => ({
      checksApprovedAt: at,
      checksApprovedBy: eb
        .selectFrom('appUser as u')
        .select('u.id')
        .whereRef('u.regionCode', '=', 'p.regionCode')
        .whereRef('u.agencyId', '=', 'p.agencyId')
        .orderBy('u.username')
        .limit(1),
    }))
    .where('p.taskId', '=', taskId)
    .where('p.status', '=', 'confirmed')
    .execute();
}

/** The 统一社会信用代码 of a check's enterprise (what a check-in scans). */
export async function findCheckUscc(db: Executor, checkId: string): Promise<string> {
  const row = await db
    .selectFrom('check as c')
    .innerJoin('object as o', (join) => join.onRef('o.regionCode', '=', 'c.regionCode').onRef('o.id', '=', 'c.objectId'))
    .select('o.uscc')
    .where('c.id', '=', checkId)
    .executeTakeFirstOrThrow();
  return row.uscc;
}

/** A check the team checked in at (扫码签到), an hour ago, by a user of the region standing in for the team. */
export async function markCheckedIn(db: Executor, checkId: string): Promise<void> {
  await db
    .updateTable('check as c')
    .set((eb) => ({
      checkedInAt: new Date(Date.now() - 3_600_000),
      checkedInBy: eb.selectFrom('appUser as u').select('u.id').whereRef('u.regionCode', '=', 'c.regionCode').orderBy('u.username').limit(1),
    }))
    .where('c.id', '=', checkId)
    .execute();
}
