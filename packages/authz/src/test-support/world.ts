import type { Kysely, DB, Role } from '@liancha/db';
import { seedAgency, seedRegion, seedUser } from '@liancha/db/testing';
import type { UserActor } from '../actor.js';

/**
 * One small, fully linked world for the integration tests: two regions, a joint task
 * led by 应急局 (em) with 市监局 (ms) as partner and 消防 (fi) having declined, an
 * internal task of fi, and a task in the other region (xr). Every row gets a short
 * name so that expectations read as names, not uuids.
 */
export const R1 = '350881';
export const R2 = '350802';

export interface World {
  /** name → id */
  id: (name: string) => string;
  /** id → name (composite keys and audit seqs included) */
  name: (id: string) => string;
  users: Record<string, { id: string; regionCode: string; agencyId: string | null; roles: Role[] }>;
}

const hex = (n: number) => n.toString(16).padStart(64, '0');
const uscc = (n: number) => `91350881000000${String(n).padStart(2, '0')}0X`;

export async function seedWorld(db: Kysely<DB>): Promise<World> {
  const ids = new Map<string, string>();
  const names = new Map<string, string>();
  const keep = (name: string, id: string) => {
    ids.set(name, id);
    names.set(id, name);
    return id;
  };
  const id = (name: string) => {
    const value = ids.get(name);
    if (value === undefined) throw new Error(`no fixture named ${name}`);
    return value;
  };

  await seedRegion(db, R1, '漳平市');
  await seedRegion(db, R2, '新罗区');
  await db.insertInto('sector').values({ code: 'authz', name: '测试行业', parentCode: null }).execute();
  await db
    .insertInto('township')
    .values([
      { regionCode: R1, code: '350881100', name: '菁城街道' },
      { regionCode: R2, code: '350802100', name: '东城街道' },
    ])
    .execute();
  const town: Record<string, string> = { [R1]: '350881100', [R2]: '350802100' };

  const agencies = { em: R1, ms: R1, fi: R1, xr: R2 } as const;
  for (const [name, region] of Object.entries(agencies)) keep(name, (await seedAgency(db, region, { code: name })).id);
  const regionOf = (agency: string) => agencies[agency as keyof typeof agencies];

  for (const agency of ['em', 'ms', 'xr']) {
    const unit = await db
      .insertInto('unit')
      .values({ regionCode: regionOf(agency), agencyId: id(agency), code: 'u1', name: '执法股', kind: 'division' })
      .returning('id')
      .executeTakeFirstOrThrow();
    keep(`${agency}Unit`, unit.id);
  }

  const users: World['users'] = {};
  const userSpecs: [string, string, string | null, Role[]][] = [
    ['platform', R1, null, ['platform_admin']],
    ['leadership', R1, null, ['leadership_member']],
    ['emAdmin', R1, 'em', ['agency_admin']],
    ['emCoord', R1, 'em', ['coordinator']],
    ['emInsp', R1, 'em', ['inspector']],
    ['emLeader', R1, 'em', ['agency_leader']],
    // An odd account: a leadership member filed under an agency — its agency admin must not manage it.
    ['emPrivileged', R1, 'em', ['leadership_member']],
    ['msCoord', R1, 'ms', ['coordinator']],
    ['msInsp', R1, 'ms', ['inspector']],
    ['msLeader', R1, 'ms', ['agency_leader']],
    ['fiCoord', R1, 'fi', ['coordinator']],
    ['xrCoord', R2, 'xr', ['coordinator']],
    ['xrPlatform', R2, null, ['platform_admin']],
    ['xrLeadership', R2, null, ['leadership_member']],
  ];
  for (const [name, regionCode, agency, roles] of userSpecs) {
    const agencyId = agency === null ? null : id(agency);
    const user = await seedUser(db, { regionCode, agencyId, roles, passwordHash: 'x', username: name.toLowerCase() });
    keep(name, user.id);
    users[name] = { id: user.id, regionCode, agencyId, roles };
  }

  for (const [name, region] of [
    ['tagR1', R1],
    ['tagR2', R2],
  ] as const) {
    const tag = await db
      .insertInto('tag')
      .values({ regionCode: region, dimension: 'object_industry', code: name, name })
      .returning('id')
      .executeTakeFirstOrThrow();
    keep(name, tag.id);
  }

  const published = new Date('2026-01-05T00:00:00Z');
  const items: [string, string, boolean][] = [
    ['emItem1', 'em', false],
    ['emItem2', 'em', true],
    ['msItem1', 'ms', false],
    ['fiItem1', 'fi', false],
    ['xrItem1', 'xr', false],
  ];
  for (const [name, agency, isPublished] of items) {
    const row = await db
      .insertInto('inspectionItem')
      .values({
        regionCode: regionOf(agency),
        agencyId: id(agency),
        code: name,
        name,
        subItems: [],
        legalBasis: '《安全生产法》',
        category: 'general',
        ratioBp: 1000,
        publishedAt: isPublished ? published : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    keep(name, row.id);
  }

  const objects: [string, string, string[]][] = [
    ['oEm', R1, ['em']],
    ['oShared', R1, ['em', 'ms']],
    ['oMs', R1, ['ms']],
    ['oFi', R1, ['fi']],
    ['oXr', R2, ['xr']],
  ];
  let n = 0;
  for (const [name, region, supervisors] of objects) {
    n += 1;
    const row = await db
      .insertInto('object')
      .values({ regionCode: region, uscc: uscc(n), name, townshipCode: town[region] as string, sectorCode: 'authz', riskClass: 'B', tags: [] })
      .returning('id')
      .executeTakeFirstOrThrow();
    keep(name, row.id);
    for (const agency of supervisors) {
      await db
        .insertInto('objectSupervision')
        .values({ regionCode: region, objectId: row.id, agencyId: id(agency) })
        .execute();
      keep(`${name}:${agency}`, `${row.id}:${id(agency)}`);
    }
  }

  const inspectors: [string, string, string | null][] = [
    ['iEm1', 'em', 'emInsp'],
    ['iEm2', 'em', null],
    ['iMs1', 'ms', 'msInsp'],
    ['iMs2', 'ms', null],
    ['iFi1', 'fi', null],
    ['iXr1', 'xr', null],
  ];
  for (const [name, agency, user] of inspectors) {
    const row = await db
      .insertInto('inspector')
      .values({
        regionCode: regionOf(agency),
        agencyId: id(agency),
        userId: user === null ? null : id(user),
        name,
        certificateNo: `cert-${name}`,
        certificateExpiry: '2030-12-31',
        expertise: [],
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    keep(name, row.id);
  }

  const conflicts: [string, string, string, string][] = [
    ['cEm1', R1, 'iEm1', 'oShared'],
    ['cEm2', R1, 'iEm2', 'oEm'],
    ['cMs2', R1, 'iMs2', 'oMs'],
    ['cXr', R2, 'iXr1', 'oXr'],
  ];
  for (const [name, region, inspector, object] of conflicts) {
    const row = await db
      .insertInto('conflict')
      .values({ regionCode: region, inspectorId: id(inspector), objectId: id(object), reasonCode: 'declared' })
      .returning('id')
      .executeTakeFirstOrThrow();
    keep(name, row.id);
  }

  const plans: [string, string, boolean][] = [
    ['pEm', 'em', true],
    ['pMs', 'ms', false],
    ['pFi', 'fi', false],
    ['pXr', 'xr', true],
  ];
  for (const [name, agency, isPublished] of plans) {
    const row = await db
      .insertInto('annualPlan')
      .values({
        regionCode: regionOf(agency),
        agencyId: id(agency),
        year: 2026,
        title: name,
        frequencyCaps: {},
        status: isPublished ? 'published' : 'draft',
        publishedAt: isPublished ? published : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    keep(name, row.id);
  }
  const batch = await db
    .insertInto('planBatch')
    .values({ regionCode: R1, planId: id('pEm'), seq: 1, name: '第一季度', scope: {}, startsOn: '2026-01-01', endsOn: '2026-03-31' })
    .returning('id')
    .executeTakeFirstOrThrow();

  const tasks: [string, string, string | null][] = [
    ['t1', 'em', batch.id],
    ['t2', 'fi', null],
    ['t3', 'xr', null],
  ];
  for (const [name, lead, batchId] of tasks) {
    const row = await db
      .insertInto('jointTask')
      .values({
        regionCode: regionOf(lead),
        leadAgencyId: id(lead),
        planBatchId: batchId,
        adHoc: batchId === null,
        kind: name === 't2' ? 'internal' : 'inter_agency',
        code: name,
        title: name,
        status: 'drawn',
        poolFilter: {},
        matrix: {},
        teamRules: {},
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    keep(name, row.id);
  }
  const participants: [string, string, 'lead' | 'partner', 'confirmed' | 'declined'][] = [
    ['t1', 'em', 'lead', 'confirmed'],
    ['t1', 'ms', 'partner', 'confirmed'],
    ['t1', 'fi', 'partner', 'declined'],
    ['t2', 'fi', 'lead', 'confirmed'],
    ['t3', 'xr', 'lead', 'confirmed'],
  ];
  for (const [task, agency, role, status] of participants) {
    const row = await db
      .insertInto('jointTaskParticipant')
      .values({ regionCode: regionOf(agency), taskId: id(task), agencyId: id(agency), role, status })
      .returning('id')
      .executeTakeFirstOrThrow();
    keep(`${task}:${agency}`, row.id);
  }
  for (const [task, item, agency] of [
    ['t1', 'emItem1', 'em'],
    ['t1', 'msItem1', 'ms'],
    ['t2', 'fiItem1', 'fi'],
    ['t3', 'xrItem1', 'xr'],
  ] as const) {
    await db
      .insertInto('jointTaskItem')
      .values({ regionCode: regionOf(agency), taskId: id(task), itemId: id(item), agencyId: id(agency) })
      .execute();
    keep(`${task}:${item}`, `${id(task)}:${id(item)}`);
  }
  for (const [task, inspector, agency] of [
    ['t1', 'iEm1', 'em'],
    ['t1', 'iEm2', 'em'],
    ['t1', 'iMs1', 'ms'],
    ['t2', 'iFi1', 'fi'],
    ['t3', 'iXr1', 'xr'],
  ] as const) {
    await db
      .insertInto('jointTaskInspector')
      .values({ regionCode: regionOf(agency), taskId: id(task), inspectorId: id(inspector), agencyId: id(agency) })
      .execute();
    keep(`${task}:${inspector}`, `${id(task)}:${id(inspector)}`);
  }

  for (const [name, task, region] of [
    ['d1', 't1', R1],
    ['d2', 't2', R1],
    ['d3', 't3', R2],
  ] as const) {
    const row = await db
      .insertInto('draw')
      .values({ regionCode: region, taskId: id(task), status: 'drawn', commitment: hex(1), commitmentInputs: {} })
      .returning('id')
      .executeTakeFirstOrThrow();
    keep(name, row.id);
  }
  const entropy: [string, string, string, 'agency' | 'witness', string | null][] = [
    ['e1', 'd1', R1, 'agency', 'em'],
    ['e2', 'd1', R1, 'agency', 'ms'],
    ['e3', 'd1', R1, 'witness', null],
    ['e4', 'd2', R1, 'agency', 'fi'],
    ['e5', 'd3', R2, 'agency', 'xr'],
  ];
  for (const [name, draw, region, sourceKind, agency] of entropy) {
    const row = await db
      .insertInto('drawEntropy')
      .values({ regionCode: region, drawId: id(draw), sourceKind, agencyId: agency === null ? null : id(agency), label: name })
      .returning('id')
      .executeTakeFirstOrThrow();
    keep(name, row.id);
  }

  const checks: [string, string, string, string, string][] = [
    ['k1', 't1', 'd1', 'oShared', R1],
    ['k2', 't1', 'd1', 'oMs', R1],
    ['k3', 't2', 'd2', 'oFi', R1],
    ['k4', 't3', 'd3', 'oXr', R2],
  ];
  for (const [name, task, draw, object, region] of checks) {
    const row = await db
      .insertInto('check')
      .values({ regionCode: region, taskId: id(task), drawId: id(draw), objectId: id(object), notice: {} })
      .returning('id')
      .executeTakeFirstOrThrow();
    keep(name, row.id);
  }
  const team: [string, string, string][] = [
    ['k1', 'iEm1', 'em'],
    ['k1', 'iMs1', 'ms'],
    ['k2', 'iEm2', 'em'],
    ['k2', 'iMs1', 'ms'],
    ['k3', 'iFi1', 'fi'],
    ['k4', 'iXr1', 'xr'],
  ];
  for (const [check, inspector, agency] of team) {
    await db
      .insertInto('teamMember')
      .values({ regionCode: regionOf(agency), checkId: id(check), inspectorId: id(inspector), agencyId: id(agency), ticket: hex(2) })
      .execute();
  }

  const results: [string, string, string, string][] = [
    ['rK1Em', 'k1', 'em', 'emItem1'],
    ['rK1Ms', 'k1', 'ms', 'msItem1'],
    ['rK2Em', 'k2', 'em', 'emItem1'],
    ['rK2Ms', 'k2', 'ms', 'msItem1'],
    ['rK3Fi', 'k3', 'fi', 'fiItem1'],
    ['rK4Xr', 'k4', 'xr', 'xrItem1'],
  ];
  for (const [name, check, agency, item] of results) {
    const row = await db
      .insertInto('checkResult')
      .values({ regionCode: regionOf(agency), checkId: id(check), agencyId: id(agency), itemId: id(item), resultCode: 'no_issue' })
      .returning('id')
      .executeTakeFirstOrThrow();
    keep(name, row.id);
  }
  for (const [name, check, agency] of [
    ['fK1Em', 'k1', 'em'],
    ['fK2Ms', 'k2', 'ms'],
    ['fK3Fi', 'k3', 'fi'],
  ] as const) {
    const row = await db
      .insertInto('followUpAction')
      .values({ regionCode: regionOf(agency), checkId: id(check), agencyId: id(agency), kind: 'rectify_by_deadline' })
      .returning('id')
      .executeTakeFirstOrThrow();
    keep(name, row.id);
  }
  const hazards: [string, string | null, string, string][] = [
    ['hK1Em', 'k1', 'em', 'oShared'],
    ['hMs', null, 'ms', 'oMs'],
    ['hK3Fi', 'k3', 'fi', 'oFi'],
    ['hXr', 'k4', 'xr', 'oXr'],
  ];
  for (const [name, check, agency, object] of hazards) {
    const row = await db
      .insertInto('hazard')
      .values({
        regionCode: regionOf(agency),
        checkId: check === null ? null : id(check),
        objectId: id(object),
        agencyId: id(agency),
        severity: 'ordinary',
        description: name,
        foundOn: '2026-02-01',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    keep(name, row.id);
  }
  const sanctions: [string, string | null, string, string, 'draft' | 'published'][] = [
    ['sK2Ms', 'k2', 'ms', 'oMs', 'published'],
    ['sK1Em', 'k1', 'em', 'oShared', 'draft'],
    ['sFi', null, 'fi', 'oFi', 'draft'],
    ['sXr', 'k4', 'xr', 'oXr', 'published'],
  ];
  for (const [name, check, agency, object, status] of sanctions) {
    const row = await db
      .insertInto('sanction')
      .values({
        regionCode: regionOf(agency),
        checkId: check === null ? null : id(check),
        objectId: id(object),
        agencyId: id(agency),
        decisionNo: name,
        basis: '依据',
        penalty: '警告',
        fineFen: null,
        decidedOn: '2026-02-02',
        status,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    keep(name, row.id);
  }
  for (const [name, agency, plan] of [
    ['pubEm', 'em', 'pEm'],
    ['pubXr', 'xr', 'pXr'],
  ] as const) {
    const row = await db
      .insertInto('publication')
      .values({ regionCode: regionOf(agency), agencyId: id(agency), kind: 'annual_plan', subjectId: id(plan), title: name, payload: {} })
      .returning('id')
      .executeTakeFirstOrThrow();
    keep(name, row.id);
  }
  for (const [name, agency, author] of [
    ['nEm', 'em', 'leadership'],
    ['nMs', 'ms', 'leadership'],
    ['nXr', 'xr', 'xrLeadership'],
  ] as const) {
    const row = await db
      .insertInto('supervisionNote')
      .values({ regionCode: regionOf(agency), toAgencyId: id(agency), subject: name, body: '请限期整改', createdBy: id(author) })
      .returning('id')
      .executeTakeFirstOrThrow();
    keep(name, row.id);
  }
  for (const [name, region] of [
    ['aR1', R1],
    ['aR2', R2],
    ['aNone', null],
  ] as const) {
    const row = await db
      .insertInto('auditEvent')
      .values({
        regionCode: region,
        actorUserId: null,
        action: 'test',
        subjectKind: 'test',
        subjectId: null,
        before: null,
        after: null,
        prevHash: hex(0),
        hash: hex(100 + names.size),
      })
      .returning('seq')
      .executeTakeFirstOrThrow();
    keep(name, String(row.seq));
  }

  return { id, name: (value) => names.get(value) ?? `?${value}`, users };
}

/**
 * How the API should build an Actor from a session (reference implementation for
 * apps/api; the query belongs in a @liancha/db repository): the agency's joint tasks
 * are its participations that are not declined, and the inspector is the row linked
 * to the user.
 */
export async function actorFor(db: Kysely<DB>, user: { id: string; regionCode: string; agencyId: string | null; roles: Role[] }): Promise<UserActor> {
  const inspector = await db.selectFrom('inspector').select('id').where('regionCode', '=', user.regionCode).where('userId', '=', user.id).executeTakeFirst();
  const jointTasks =
    user.agencyId === null
      ? []
      : await db
          .selectFrom('jointTaskParticipant')
          .select(['taskId', 'agencyId', 'role'])
          .where('regionCode', '=', user.regionCode)
          .where('agencyId', '=', user.agencyId)
          .where('status', '<>', 'declined')
          .execute();
  return {
    kind: 'user',
    userId: user.id,
    regionCode: user.regionCode,
    agencyId: user.agencyId,
    unitId: null,
    roles: user.roles,
    inspectorId: inspector?.id ?? null,
    jointTasks,
  };
}
