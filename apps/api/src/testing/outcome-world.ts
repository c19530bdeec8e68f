import type { CheckStatus, Executor } from '@liancha/db';
import { callerFor } from './caller.js';
import { loadDemoWorld } from './demo-world.js';
import { sessionTokenFor } from './session.js';

/**
 * The demo region plus what follow-ups, hazards and sanctions hang on: a joint task led by
 * 应急局 (yjj) with 市场监管局 (scj) as partner, a draw, and checks of yjj-supervised objects
 * whose team is yjj.insp1 + scj.insp1 (yjj.insp2 is on no team). A second task of 生态环境局
 * (sthj) alone checks sthj objects that 应急局 (which supervises every object) also supervises. `as(username, now)` logs in with a moved clock.
 */
export async function loadOutcomeWorld(db: Executor, options: { attachmentDir?: string } = {}) {
  const world = await loadDemoWorld(db);
  const [yjj, scj, sthj] = [world.agencyId('yjj'), world.agencyId('scj'), world.agencyId('sthj')];
  const regionCode = '350881';

  const inspectorOf = async (username: string) =>
    await db
      .selectFrom('inspector as i')
      .innerJoin('appUser as u', 'u.id', 'i.userId')
      .select(['i.id', 'i.agencyId'])
      .where('u.username', '=', username)
      .executeTakeFirstOrThrow();
  const team = [await inspectorOf('yjj.insp1'), await inspectorOf('scj.insp1')];
  const sthjInspector = await inspectorOf('sthj.insp1');

  async function task(lead: string, partners: string[], code: string) {
    const row = await db
      .insertInto('jointTask')
      .values({
        regionCode,
        leadAgencyId: lead,
        adHoc: true,
        code,
        title: `${code} 联合抽查`,
        status: 'in_progress',
        poolFilter: {},
        matrix: {},
        teamRules: {},
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('jointTaskParticipant')
      .values(
        [lead, ...partners].map((agencyId, i) => ({
          regionCode,
          taskId: row.id,
          agencyId,
          role: i === 0 ? ('lead' as const) : ('partner' as const),
          status: 'confirmed' as const,
        })),
      )
      .execute();
    const draw = await db
      .insertInto('draw')
      .values({ regionCode, taskId: row.id, commitment: 'a'.repeat(64), commitmentInputs: {}, status: 'drawn' })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { taskId: row.id, drawId: draw.id };
  }
  const joint = await task(yjj, [scj], 'OUTCOME-JOINT');
  const sthjTask = await task(sthj, [], 'OUTCOME-STHJ');

  /** The `offset`-th object supervised by `agencyId` and by none of `outsiders` (default: by no other agency). */
  const supervised = async (agencyId: string, offset: number, outsiders?: string[]) =>
    await db
      .selectFrom('objectSupervision as s')
      .innerJoin('object as o', 'o.id', 's.objectId')
      .select(['o.id', 'o.name', 'o.riskClass'])
      .where('s.agencyId', '=', agencyId)
      .where((eb) => {
        const others = eb.selectFrom('objectSupervision as x').select('x.objectId').whereRef('x.objectId', '=', 'o.id');
        return eb.not(eb.exists(outsiders ? others.where('x.agencyId', 'in', outsiders) : others.where('x.agencyId', '!=', agencyId)));
      })
      .orderBy('o.uscc')
      .offset(offset)
      .limit(1)
      .executeTakeFirstOrThrow();

  let objectOffset = 0;
  /** A fresh object supervised by yjj only, checked in the joint task by yjj.insp1 + scj.insp1. */
  async function jointCheck(status: CheckStatus = 'in_progress') {
    const object = await supervised(yjj, objectOffset++);
    const check = await db
      .insertInto('check')
      .values({ regionCode, taskId: joint.taskId, drawId: joint.drawId, objectId: object.id, status, notice: {} })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('teamMember')
      .values(
        team.map((m, i) => ({
          regionCode,
          checkId: check.id,
          inspectorId: m.id,
          agencyId: m.agencyId,
          role: i === 0 ? ('leader' as const) : ('member' as const),
          ticket: String(i).repeat(64),
        })),
      )
      .execute();
    return { checkId: check.id, objectId: object.id, objectName: object.name };
  }

  /** A fresh yjj-only object outside any check (hazards and sanctions may arise without one). */
  async function yjjObject() {
    const object = await supervised(yjj, objectOffset++);
    return { objectId: object.id, objectName: object.name, riskClass: object.riskClass };
  }

  let sthjOffset = 0;
  /** A check of 生态环境局's own task, on an sthj-only object; yjj and scj take no part. */
  async function sthjCheck() {
    const object = await supervised(sthj, sthjOffset++, [scj]);
    const check = await db
      .insertInto('check')
      .values({ regionCode, taskId: sthjTask.taskId, drawId: sthjTask.drawId, objectId: object.id, status: 'in_progress', notice: {} })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('teamMember')
      .values({ regionCode, checkId: check.id, inspectorId: sthjInspector.id, agencyId: sthj, role: 'leader', ticket: 'f'.repeat(64) })
      .execute();
    return { checkId: check.id, objectId: object.id };
  }

  /** A caller whose clock reads `now` (its session is created at that time, so it is live then); real time without it. */
  async function as(username: string, now?: Date) {
    return callerFor(db, {
      token: await sessionTokenFor(db, username, now),
      ...(now ? { now } : {}),
      ...(options.attachmentDir ? { attachmentDir: options.attachmentDir } : {}),
    });
  }

  return { ...world, as, jointCheck, yjjObject, sthjCheck, jointTaskId: joint.taskId };
}

export type OutcomeWorld = Awaited<ReturnType<typeof loadOutcomeWorld>>;

/** A clock: 10:00 in China on `date`. */
export const at = (date: string) => new Date(`${date}T02:00:00Z`);
