import type { Insertable } from 'kysely';
import type { Executor } from '../repositories/executor.js';
import type { CheckTable } from '../schema/checks.js';
import type { JointTaskTable } from '../schema/planning.js';
import { suffix } from './suffix.js';

/**
 * A joint task led by `leadAgencyId` with every participant confirmed and a drawn draw, the
 * spine that checks and their outcomes hang on. Pool, matrix and team rules stay empty: tasks
 * that go through the ceremony are made through the API (joint-task-fixture.ts in apps/api).
 */
export async function makeJointTask(
  db: Executor,
  input: {
    regionCode: string;
    leadAgencyId: string;
    partnerAgencyIds?: string[];
    code?: string;
    title?: string;
    status?: Insertable<JointTaskTable>['status'];
    commitment?: string;
  },
): Promise<{ taskId: string; drawId: string }> {
  const { regionCode } = input;
  const code = input.code ?? `JT-${suffix().toUpperCase()}`;
  const task = await db
    .insertInto('jointTask')
    .values({
      regionCode,
      leadAgencyId: input.leadAgencyId,
      adHoc: true,
      code,
      title: input.title ?? `${code} 联合抽查`,
      status: input.status ?? 'in_progress',
      poolFilter: {},
      matrix: {},
      teamRules: {},
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('jointTaskParticipant')
    .values(
      [input.leadAgencyId, ...(input.partnerAgencyIds ?? [])].map((agencyId, i) => ({
        regionCode,
        taskId: task.id,
        agencyId,
        role: i === 0 ? ('lead' as const) : ('partner' as const),
        status: 'confirmed' as const,
      })),
    )
    .execute();
  const draw = await db
    .insertInto('draw')
    .values({ regionCode, taskId: task.id, commitment: input.commitment ?? 'a'.repeat(64), commitmentInputs: {}, status: 'drawn' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { taskId: task.id, drawId: draw.id };
}

/** A check of `objectId` in a task's draw; the first of `team` leads it. */
export async function makeCheck(
  db: Executor,
  input: {
    regionCode: string;
    taskId: string;
    drawId: string;
    objectId: string;
    status?: Insertable<CheckTable>['status'];
    team?: { inspectorId: string; agencyId: string }[];
  },
): Promise<string> {
  const { regionCode, team = [] } = input;
  const check = await db
    .insertInto('check')
    .values({ regionCode, taskId: input.taskId, drawId: input.drawId, objectId: input.objectId, notice: {}, ...(input.status ? { status: input.status } : {}) })
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
          role: i === 0 ? ('leader' as const) : ('member' as const),
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
