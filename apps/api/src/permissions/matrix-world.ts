import { randomBytes } from 'node:crypto';
import { insertImportJob, markImportReady, type Executor } from '@liancha/db';
import { composeUscc } from '@liancha/domain';
import { hashPassword } from '../auth/password.js';
import { loadDemoWorld } from '../testing/demo-world.js';
import { workflowFixtures } from './workflow-world.js';
import { outcomeFixtures } from './outcome-world.js';
import { publicationWorld } from './publication-world.js';

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
  await db
    .updateTable('appUser')
    .set({ passwordHash: await hashPassword('matrix-password') })
    .where('username', '=', 'yjj.coord')
    .execute();
  await db.insertInto('township').values({ regionCode: '350802', code: '350802001', name: '东城街道' }).execute();

  const task = await db
    .insertInto('jointTask')
    .values({
      regionCode: '350881',
      leadAgencyId: yjj,
      adHoc: true,
      code: 'MATRIX-1',
      title: '权限矩阵联合抽查任务',
      status: 'drawn',
      poolFilter: {},
      matrix: {},
      teamRules: {},
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('jointTaskParticipant')
    .values([
      { regionCode: '350881', taskId: task.id, agencyId: yjj, role: 'lead', status: 'confirmed' },
      { regionCode: '350881', taskId: task.id, agencyId: scj, role: 'partner', status: 'confirmed' },
    ])
    .execute();
  const draw = await db
    .insertInto('draw')
    .values({ regionCode: '350881', taskId: task.id, commitment: 'a'.repeat(64), commitmentInputs: {}, status: 'drawn' })
    .returning('id')
    .executeTakeFirstOrThrow();

  const regionOf = (relation: Relation) => (relation === 'region' ? '350802' : '350881');
  const agencyOf = (relation: Relation) => ({ own: yjj, other: sthj, partner: scj, region: xl })[relation];
  const unique = () => randomBytes(4).toString('hex').toUpperCase();

  async function object(relation: Relation): Promise<string> {
    const regionCode = regionOf(relation);
    const row = await db
      .insertInto('object')
      .values({
        regionCode,
        uscc: composeUscc({ authority: '9', entityType: '1', division: regionCode, orgBody: unique() }),
        name: `矩阵企业${unique()}`,
        townshipCode: regionCode === '350881' ? '350881001' : '350802001',
        sectorCode: 'industry_trade',
        riskClass: 'B',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('objectSupervision')
      .values({ regionCode, objectId: row.id, agencyId: agencyOf(relation) })
      .execute();
    if (relation === 'partner') {
      await db.insertInto('check').values({ regionCode, taskId: task.id, drawId: draw.id, objectId: row.id, notice: {} }).execute();
    }
    return row.id;
  }

  async function inspector(relation: Relation): Promise<string> {
    const regionCode = regionOf(relation);
    const row = await db
      .insertInto('inspector')
      .values({
        regionCode,
        agencyId: agencyOf(relation),
        name: '矩阵检查员',
        gender: null,
        certificateNo: `M${unique()}`,
        certificateExpiry: '2029-12-31',
        unitId: null,
        userId: null,
        homeTownshipCode: null,
        phone: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (relation === 'partner') {
      await db.insertInto('jointTaskInspector').values({ regionCode, taskId: task.id, inspectorId: row.id, agencyId: scj }).execute();
    }
    return row.id;
  }

  async function item(relation: Relation): Promise<string> {
    const regionCode = regionOf(relation);
    const row = await db
      .insertInto('inspectionItem')
      .values({
        regionCode,
        agencyId: agencyOf(relation),
        code: `M-${unique()}`,
        name: '矩阵抽查事项',
        subItems: [],
        legalBasis: '《中华人民共和国安全生产法》',
        category: 'general',
        ratioBp: 1000,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (relation === 'partner') {
      await db.insertInto('jointTaskItem').values({ regionCode, taskId: task.id, itemId: row.id, agencyId: scj }).execute();
    }
    return row.id;
  }

  async function conflict(relation: Relation): Promise<string> {
    const [inspectorId, objectId] = [await inspector(relation), await object(relation)];
    const row = await db
      .insertInto('conflict')
      .values({ regionCode: regionOf(relation), inspectorId, objectId, reasonCode: 'declared', validUntil: null, createdBy: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  async function tag(relation: Relation): Promise<string> {
    const row = await db
      .insertInto('tag')
      .values({ regionCode: regionOf(relation), dimension: 'object_kind', code: `m-${unique().toLowerCase()}`, name: '矩阵标签' })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  /** A fresh inspector account of the relation's agency, locked by failed logins for the next hour. */
  async function lockedAccount(relation: Relation): Promise<string> {
    const username = `m.lock.${unique().toLowerCase()}`;
    const user = await db
      .insertInto('appUser')
      .values({
        regionCode: regionOf(relation),
        agencyId: agencyOf(relation),
        unitId: null,
        username,
        displayName: '矩阵锁定账号',
        passwordHash: 'test$x',
        roles: ['inspector'],
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const now = new Date();
    await db
      .insertInto('loginThrottle')
      .values({
        keyKind: 'account',
        key: username,
        failures: 10,
        locks: 1,
        lastFailureAt: now,
        lockedAt: now,
        lockedUntil: new Date(now.getTime() + 3_600_000),
      })
      .execute();
    return user.id;
  }

  const coordinator = await db.selectFrom('appUser').select('id').where('username', '=', 'yjj.coord').executeTakeFirstOrThrow();
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
    await markImportReady(
      db,
      scope,
      id,
      {
        format: 'csv',
        encoding: 'utf-8',
        totalRows: 1,
        issues: [],
        records: [{ row: 2, record }],
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
  return { ...base, wf: await workflowFixtures(db, base), oc: await outcomeFixtures(db, base), pub: await publicationWorld(db, base) };
}

export type MatrixWorld = Awaited<ReturnType<typeof loadMatrixWorld>>;
