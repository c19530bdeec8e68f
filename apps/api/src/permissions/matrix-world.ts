import { randomBytes } from 'node:crypto';
import { insertImportChunk, insertImportJob, markImportReady, type Executor } from '@liancha/db';
import {
  addToJointTask,
  findUserId,
  makeCheck,
  makeConflict,
  makeInspector,
  makeItem,
  makeJointTask,
  makeLockedAccount,
  makeObject,
  makeTag,
  makeTownship,
  setPasswordHash,
} from '@liancha/db/testing';
import { hashPassword } from '../auth/password.js';
import { loadDemoWorld } from '../testing/demo-world.js';
import { workflowFixtures } from './workflow-world.js';
import { outcomeFixtures } from './outcome-world.js';
import { publicationWorld } from './publication-world.js';
import { enterpriseWorld } from './enterprise-world.js';

export type Relation = 'own' | 'other' | 'partner' | 'region';

/**
 * The fixture of the permission matrix. Seen from 应急局 (yjj):
 *  own     — rows of yjj;
 *  other   — rows of 生态环境局 (sthj), which shares no task with yjj;
 *  partner — rows of 市场监管局 (scj) reachable through a joint task led by yjj with scj as partner;
 *  region  — rows of 新罗区 (350802), another region.
 * Every call gets fresh target rows, so one cell never depends on another.
 */
async function loadBaseWorld(db: Executor) {
  const world = await loadDemoWorld(db);
  const yjj = world.agencyId('yjj');
  const scj = world.agencyId('scj');
  const sthj = world.agencyId('sthj');
  const xl = world.otherRegionAgencyId;
  await setPasswordHash(db, 'yjj.coord', await hashPassword('matrix-password'));
  await makeTownship(db, { regionCode: '350802', code: '350802001', name: '东城街道' });

  const task = await makeJointTask(db, {
    regionCode: '350881',
    leadAgencyId: yjj,
    partnerAgencyIds: [scj],
    code: 'MATRIX-1',
    title: '权限矩阵联合抽查任务',
    status: 'drawn',
  });

  const regionOf = (relation: Relation) => (relation === 'region' ? '350802' : '350881');
  const agencyOf = (relation: Relation) => ({ own: yjj, other: sthj, partner: scj, region: xl })[relation];
  const unique = () => randomBytes(4).toString('hex').toUpperCase();
  /** Rows of the partner relation are reachable through the joint task. */
  const onTask = (relation: Relation) => relation === 'partner';

  async function object(relation: Relation): Promise<string> {
    const regionCode = regionOf(relation);
    const townshipCode = regionCode === '350881' ? '350881001' : '350802001';
    const objectId = await makeObject(db, { regionCode, supervisors: [agencyOf(relation)], name: `矩阵企业${unique()}`, townshipCode });
    if (onTask(relation)) await makeCheck(db, { regionCode, taskId: task.taskId, drawId: task.drawId, objectId });
    return objectId;
  }

  async function inspector(relation: Relation): Promise<string> {
    const regionCode = regionOf(relation);
    const inspectorId = await makeInspector(db, { regionCode, agencyId: agencyOf(relation), name: '矩阵检查员', certificateNo: `M${unique()}` });
    if (onTask(relation)) await addToJointTask(db, { regionCode, taskId: task.taskId, agencyId: scj, inspectorId });
    return inspectorId;
  }

  async function item(relation: Relation): Promise<string> {
    const regionCode = regionOf(relation);
    const itemId = await makeItem(db, { regionCode, agencyId: agencyOf(relation), code: `M-${unique()}`, name: '矩阵抽查事项' });
    if (onTask(relation)) await addToJointTask(db, { regionCode, taskId: task.taskId, agencyId: scj, itemId });
    return itemId;
  }

  async function conflict(relation: Relation): Promise<string> {
    const [inspectorId, objectId] = [await inspector(relation), await object(relation)];
    return makeConflict(db, { regionCode: regionOf(relation), inspectorId, objectId });
  }

  const tag = (relation: Relation) => makeTag(db, { regionCode: regionOf(relation), code: `m-${unique().toLowerCase()}`, name: '矩阵标签' });

  /** A fresh inspector account of the relation's agency, locked by failed logins for the next hour. */
  async function lockedAccount(relation: Relation): Promise<string> {
    const now = new Date();
    return makeLockedAccount(db, {
      regionCode: regionOf(relation),
      agencyId: agencyOf(relation),
      username: `m.lock.${unique().toLowerCase()}`,
      displayName: '矩阵锁定账号',
      roles: ['inspector'],
      now,
      lockedUntil: new Date(now.getTime() + 3_600_000),
    });
  }

  const coordinator = { id: await findUserId(db, 'yjj.coord') };
  /** A parsed, fault-free inspector import job uploaded by yjj.coord, ready to commit. */
  async function coordinatorJob(): Promise<string> {
    const scope = { regionCode: '350881' };
    const certificateNo = `J${unique()}`;
    const id = await insertImportJob(db, scope, {
      agencyId: yjj,
      userId: coordinator.id,
      kind: 'inspector',
      filename: 'j.csv',
      fileSha256: '0'.repeat(64),
      sizeBytes: 1,
    });
    const record = {
      name: '导入员',
      gender: null,
      certificateNo,
      certificateExpiry: '2029-01-01',
      unitCode: null,
      expertise: [],
      isExpert: false,
      status: 'on_duty',
      homeTownshipCode: null,
      phone: null,
    };
    await insertImportChunk(db, scope, id, 1, [{ row: 2, record }]);
    await markImportReady(
      db,
      scope,
      id,
      {
        format: 'csv',
        encoding: 'utf-8',
        totalRows: 1,
        issues: [],
        refused: [],
        proposals: [],
        sheetName: null,
        summary: { fields: ['certificateNo', 'name', 'certificateExpiry'] },
      },
      new Date(),
    );
    return id;
  }

  return { ...world, db, make: { object, inspector, item, conflict, tag, coordinatorJob, lockedAccount }, unique };
}

export type BaseMatrixWorld = Awaited<ReturnType<typeof loadBaseWorld>>;

export async function loadMatrixWorld(db: Executor) {
  const base = await loadBaseWorld(db);
  const wf = await workflowFixtures(db, base);
  return { ...base, wf, oc: await outcomeFixtures(db, base), pub: await publicationWorld(db, base), ent: await enterpriseWorld(db, wf.objectOf) };
}

export type MatrixWorld = Awaited<ReturnType<typeof loadMatrixWorld>>;
