import { appendAuditEvent, insertCaseCheck, insertPublication, publishCapVersion, loadActorFacts, type DB, type Kysely, type Role } from '@liancha/db';
import {
  addToJointTask,
  makeCheck,
  makeCheckResult,
  makeConflict,
  makeEntropySource,
  makeCampaign,
  makeFollowUp,
  makeHazard,
  makeInspector,
  makeItem,
  makeJointTask,
  makeObject,
  makeSanction,
  makeSector,
  makeSupervisionNote,
  makeTag,
  makeTownship,
  makeUnit,
  seedAgency,
  seedRegion,
  seedUser,
  workflowRows,
} from '@liancha/db/testing';
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
  await makeSector(db, { code: 'authz', name: '测试行业' });
  const town: Record<string, string> = { [R1]: '350881100', [R2]: '350802100' };
  await makeTownship(db, { regionCode: R1, code: town[R1] as string, name: '菁城街道' });
  await makeTownship(db, { regionCode: R2, code: town[R2] as string, name: '东城街道' });

  const agencies = { em: R1, ms: R1, fi: R1, xr: R2 } as const;
  for (const [name, region] of Object.entries(agencies)) keep(name, (await seedAgency(db, region, { code: name })).id);
  const regionOf = (agency: string) => agencies[agency as keyof typeof agencies];
  /** The region and id of an agency, as every agency-owned row takes them. */
  const owner = (agency: string) => ({ regionCode: regionOf(agency), agencyId: id(agency) });

  for (const agency of ['em', 'ms', 'xr']) keep(`${agency}Unit`, await makeUnit(db, { ...owner(agency), code: 'u1', name: '执法股' }));

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

  for (const [name, regionCode] of [
    ['tagR1', R1],
    ['tagR2', R2],
  ] as const) {
    keep(name, await makeTag(db, { regionCode, dimension: 'object_industry', code: name, name }));
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
    keep(name, await makeItem(db, { ...owner(agency), code: name, name, publishedAt: isPublished ? published : null }));
  }

  const objects: [string, string, string[]][] = [
    ['oEm', R1, ['em']],
    ['oShared', R1, ['em', 'ms']],
    ['oMs', R1, ['ms']],
    ['oFi', R1, ['fi']],
    ['oXr', R2, ['xr']],
  ];
  for (const [name, regionCode, supervisors] of objects) {
    const object = { regionCode, supervisors: supervisors.map(id), name, townshipCode: town[regionCode] as string, sectorCode: 'authz' };
    const objectId = keep(name, await makeObject(db, object));
    for (const agency of supervisors) keep(`${name}:${agency}`, `${objectId}:${id(agency)}`);
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
    keep(name, await makeInspector(db, { ...owner(agency), userId: user === null ? null : id(user), name, certificateNo: `cert-${name}` }));
  }

  const conflicts: [string, string, string, string][] = [
    ['cEm1', R1, 'iEm1', 'oShared'],
    ['cEm2', R1, 'iEm2', 'oEm'],
    ['cMs2', R1, 'iMs2', 'oMs'],
    ['cXr', R2, 'iXr1', 'oXr'],
  ];
  for (const [name, regionCode, inspector, object] of conflicts) {
    keep(name, await makeConflict(db, { regionCode, inspectorId: id(inspector), objectId: id(object) }));
  }

  const plans: [string, string, boolean][] = [
    ['pEm', 'em', true],
    ['pMs', 'ms', false],
    ['pFi', 'fi', false],
    ['pXr', 'xr', true],
  ];
  const batches = new Map<string, string>();
  for (const [name, agency, isPublished] of plans) {
    const plan = await workflowRows(db, regionOf(agency)).plan({ agencyId: id(agency), year: 2026, status: isPublished ? 'published' : 'draft', title: name });
    keep(name, plan.id);
    batches.set(name, plan.batchIds[0] as string);
  }

  // Each task comes with its participants and one drawn draw.
  const spine = new Map<string, { regionCode: string; drawId: string }>();
  const tasks: [string, string, string, string[], string[], string | null][] = [
    ['t1', 'd1', 'em', ['ms'], ['fi'], 'pEm'],
    ['t2', 'd2', 'fi', [], [], null],
    ['t3', 'd3', 'xr', [], [], null],
  ];
  for (const [name, draw, lead, partners, declined, plan] of tasks) {
    const made = await makeJointTask(db, {
      regionCode: regionOf(lead),
      leadAgencyId: id(lead),
      partnerAgencyIds: partners.map(id),
      declinedAgencyIds: declined.map(id),
      planBatchId: plan === null ? null : (batches.get(plan) as string),
      kind: name === 't2' ? 'internal' : 'inter_agency',
      code: name,
      title: name,
      status: 'drawn',
      commitment: hex(1),
    });
    keep(name, made.taskId);
    keep(draw, made.drawId);
    spine.set(name, { regionCode: regionOf(lead), drawId: made.drawId });
    for (const agency of [lead, ...partners, ...declined]) keep(`${name}:${agency}`, made.participantIds[id(agency)] as string);
  }
  // What each agency puts on its tasks: items and inspectors.
  const taskMembers: [string, 'itemId' | 'inspectorId', string, string][] = [
    ['t1', 'itemId', 'emItem1', 'em'],
    ['t1', 'itemId', 'msItem1', 'ms'],
    ['t2', 'itemId', 'fiItem1', 'fi'],
    ['t3', 'itemId', 'xrItem1', 'xr'],
    ['t1', 'inspectorId', 'iEm1', 'em'],
    ['t1', 'inspectorId', 'iEm2', 'em'],
    ['t1', 'inspectorId', 'iMs1', 'ms'],
    ['t2', 'inspectorId', 'iFi1', 'fi'],
    ['t3', 'inspectorId', 'iXr1', 'xr'],
  ];
  const itemOn = new Map<string, string>();
  for (const [task, column, member, agency] of taskMembers) {
    if (column === 'itemId') itemOn.set(`${task}:${agency}`, member);
    const added = column === 'itemId' ? { itemId: id(member) } : { inspectorId: id(member) };
    await addToJointTask(db, { ...owner(agency), taskId: id(task), ...added });
    keep(`${task}:${member}`, `${id(task)}:${id(member)}`);
  }

  const entropy: [string, string, string, 'agency' | 'witness', string | null][] = [
    ['e1', 'd1', R1, 'agency', 'em'],
    ['e2', 'd1', R1, 'agency', 'ms'],
    ['e3', 'd1', R1, 'witness', null],
    ['e4', 'd2', R1, 'agency', 'fi'],
    ['e5', 'd3', R2, 'agency', 'xr'],
  ];
  for (const [name, draw, regionCode, sourceKind, agency] of entropy) {
    keep(name, await makeEntropySource(db, { regionCode, drawId: id(draw), sourceKind, agencyId: agency === null ? null : id(agency), label: name }));
  }

  // Teams serve in the order listed (k1 and k2 are the joint task's, em and ms on each). Every
  // agency on a team records a result for its item on the task: rK1Em is em's on k1.
  const agencyOf = new Map(inspectors.map(([name, agency]) => [name, agency]));
  const checks: [string, string, string, string[]][] = [
    ['k1', 't1', 'oShared', ['iEm1', 'iMs1']],
    ['k2', 't1', 'oMs', ['iEm2', 'iMs1']],
    ['k3', 't2', 'oFi', ['iFi1']],
    ['k4', 't3', 'oXr', ['iXr1']],
  ];
  for (const [name, task, object, team] of checks) {
    const { regionCode, drawId } = spine.get(task)!;
    const members = team.map((inspector) => ({ inspectorId: id(inspector), agencyId: id(agencyOf.get(inspector)!), role: 'member' as const }));
    const checkId = keep(name, await makeCheck(db, { regionCode, taskId: id(task), drawId, objectId: id(object), team: members }));
    for (const agency of new Set(team.map((inspector) => agencyOf.get(inspector)!))) {
      const result = { ...owner(agency), checkId, itemId: id(itemOn.get(`${task}:${agency}`)!), resultCode: 'no_issue' };
      keep(`r${name.toUpperCase()}${agency[0]!.toUpperCase()}${agency.slice(1)}`, await makeCheckResult(db, result));
    }
  }

  for (const [name, check, agency] of [
    ['fK1Em', 'k1', 'em'],
    ['fK2Ms', 'k2', 'ms'],
    ['fK3Fi', 'k3', 'fi'],
  ] as const) {
    keep(name, await makeFollowUp(db, { ...owner(agency), checkId: id(check), kind: 'rectify_by_deadline' }));
  }
  const hazards: [string, string | null, string, string][] = [
    ['hK1Em', 'k1', 'em', 'oShared'],
    ['hMs', null, 'ms', 'oMs'],
    ['hK3Fi', 'k3', 'fi', 'oFi'],
    ['hXr', 'k4', 'xr', 'oXr'],
  ];
  for (const [name, check, agency, object] of hazards) {
    const state = { description: name, foundOn: '2026-02-01', rectificationDeadline: null };
    keep(name, await makeHazard(db, { ...owner(agency), checkId: check === null ? null : id(check), objectId: id(object), state }));
  }
  const sanctions: [string, string | null, string, string, 'draft' | 'published'][] = [
    ['sK2Ms', 'k2', 'ms', 'oMs', 'published'],
    ['sK1Em', 'k1', 'em', 'oShared', 'draft'],
    ['sFi', null, 'fi', 'oFi', 'draft'],
    ['sXr', 'k4', 'xr', 'oXr', 'published'],
  ];
  for (const [name, check, agency, object, status] of sanctions) {
    keep(name, await makeSanction(db, { ...owner(agency), checkId: check === null ? null : id(check), objectId: id(object), status }));
  }
  // 个案检查: em's with iEm1 (emInsp) and iEm2 as officers, ms's with its two, xr's in the other region.
  for (const [name, agency, object, officers, requester] of [
    ['ccEm', 'em', 'oShared', ['iEm1', 'iEm2'], 'emCoord'],
    ['ccMs', 'ms', 'oMs', ['iMs1', 'iMs2'], 'msCoord'],
    ['ccXr', 'xr', 'oXr', ['iXr1'], 'xrCoord'],
  ] as const) {
    const fields = {
      agencyId: id(agency),
      objectId: id(object),
      trigger: 'complaint' as const,
      reason: name,
      legalBasis: '《安全生产法》第六十五条',
      windowFrom: '2026-03-01',
      windowTo: '2026-03-05',
      emergency: false,
    };
    keep(name, await insertCaseCheck(db, { regionCode: regionOf(agency) }, fields, officers.map(id), id(requester)));
  }
  // 年度检查频次上限: one version per agency, xr's in the other region.
  for (const [name, agency, publisher] of [
    ['capEm', 'em', 'emCoord'],
    ['capMs', 'ms', 'msCoord'],
    ['capXr', 'xr', 'xrCoord'],
  ] as const) {
    const lines = [{ sectorCode: 'authz', riskClass: null, expectedPerYear: 1, maxPerYear: 2 }];
    const version = await publishCapVersion(
      db,
      { regionCode: regionOf(agency) },
      { agencyId: id(agency), year: 2026, note: name, publishedBy: id(publisher), at: published, lines },
    );
    keep(name, version.id);
  }
  // 专项检查: em's draft and published ones, ms's waiting for approval, xr's published in the other region.
  for (const [name, agency, status, author] of [
    ['cpEm', 'em', 'draft', 'emCoord'],
    ['cpEmPub', 'em', 'published', 'emCoord'],
    ['cpMs', 'ms', 'submitted', 'msCoord'],
    ['cpXr', 'xr', 'published', 'xrCoord'],
  ] as const) {
    keep(name, await makeCampaign(db, { regionCode: regionOf(agency), agencyId: id(agency), by: id(author), status, name }));
  }
  for (const [name, agency, plan, publisher] of [
    ['pubEm', 'em', 'pEm', 'emCoord'],
    ['pubXr', 'xr', 'pXr', 'xrCoord'],
  ] as const) {
    const publication = { agencyId: id(agency), kind: 'annual_plan' as const, subjectId: id(plan), title: name, payload: {} };
    const issue = { dueOn: null, publishedAt: published, publishedBy: id(publisher), correctsId: null };
    keep(name, await insertPublication(db, { regionCode: regionOf(agency) }, { ...publication, ...issue }));
  }
  for (const [name, agency, author] of [
    ['nEm', 'em', 'leadership'],
    ['nMs', 'ms', 'leadership'],
    ['nXr', 'xr', 'xrLeadership'],
  ] as const) {
    const note = { regionCode: regionOf(agency), toAgencyId: id(agency), subject: name, body: '请限期整改', createdBy: id(author) };
    keep(name, await makeSupervisionNote(db, note));
  }
  for (const [name, regionCode] of [
    ['aR1', R1],
    ['aR2', R2],
    // Events of no region are the platform's own chain, another table (platform_audit_event): no subject reaches them.
  ] as const) {
    const event = { regionCode, actorUserId: null, action: 'test', subjectKind: 'test', subjectId: null, before: null, after: null, occurredAt: published };
    keep(name, String((await db.transaction().execute((trx) => appendAuditEvent(trx, event))).seq));
  }

  return { id, name: (value) => names.get(value) ?? `?${value}`, users };
}

/** The Actor the API builds from a session, with the facts it loads (loadActorFacts). */
export async function actorFor(db: Kysely<DB>, user: { id: string; regionCode: string; agencyId: string | null; roles: Role[] }): Promise<UserActor> {
  const facts = await loadActorFacts(db, user);
  return {
    kind: 'user',
    userId: user.id,
    regionCode: user.regionCode,
    agencyId: user.agencyId,
    unitId: null,
    roles: user.roles,
    inspectorId: facts.inspectorId,
    jointTasks: facts.jointTasks,
  };
}
