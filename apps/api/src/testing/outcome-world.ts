import type { CheckStatus, Executor } from '@liancha/db';
import { findInspectorOfUser, findSupervisedObject, makeCheck, makeJointTask } from '@liancha/db/testing';
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

  const team = [await findInspectorOfUser(db, 'yjj.insp1'), await findInspectorOfUser(db, 'scj.insp1')];
  const sthjInspector = await findInspectorOfUser(db, 'sthj.insp1');

  const task = (lead: string, partners: string[], code: string) => makeJointTask(db, { regionCode, leadAgencyId: lead, partnerAgencyIds: partners, code });
  const joint = await task(yjj, [scj], 'OUTCOME-JOINT');
  const sthjTask = await task(sthj, [], 'OUTCOME-STHJ');

  let objectOffset = 0;
  /** A fresh object supervised by yjj only, checked in the joint task by yjj.insp1 + scj.insp1. */
  async function jointCheck(status: CheckStatus = 'in_progress') {
    const object = await findSupervisedObject(db, { agencyId: yjj, offset: objectOffset++ });
    const checkId = await makeCheck(db, {
      regionCode,
      ...joint,
      objectId: object.id,
      status,
      team: team.map((m) => ({ inspectorId: m.id, agencyId: m.agencyId })),
    });
    return { checkId, objectId: object.id, objectName: object.name };
  }

  /** A fresh yjj-only object outside any check (hazards and sanctions may arise without one). */
  async function yjjObject() {
    const object = await findSupervisedObject(db, { agencyId: yjj, offset: objectOffset++ });
    return { objectId: object.id, objectName: object.name, riskClass: object.riskClass };
  }

  let sthjOffset = 0;
  /** A check of 生态环境局's own task, on an sthj-only object; yjj and scj take no part. */
  async function sthjCheck() {
    const object = await findSupervisedObject(db, { agencyId: sthj, offset: sthjOffset++, outsiders: [scj] });
    const checkId = await makeCheck(db, {
      regionCode,
      ...sthjTask,
      objectId: object.id,
      status: 'in_progress',
      team: [{ inspectorId: sthjInspector.id, agencyId: sthj }],
    });
    return { checkId, objectId: object.id };
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
