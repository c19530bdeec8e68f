import type { DbHandle } from '@liancha/db';
import { createTestDb, testDbKind } from '@liancha/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppAbility } from './ability.js';
import { accessibleBy } from './accessible-by.js';
import type { Action } from './actions.js';
import { publicActor, type Actor } from './actor.js';
import { defineAbilityFor } from './define-ability.js';
import type { SubjectType } from './subjects.js';
import { reachable } from './test-support/queries.js';
import { actorFor, seedWorld, type World } from './test-support/world.js';
import { selectVirtualFields } from './virtual-fields.js';

/**
 * Exactly which rows each persona reaches, by fixture name (see test-support/world.ts):
 * em leads joint task t1, ms is its partner, fi declined t1 and runs internal task t2,
 * xr lives in the other region. Published rows are public in every region.
 */
type Persona = 'public' | 'noRoles' | 'platform' | 'leadership' | 'emAdmin' | 'emCoord' | 'emInsp' | 'emLeader' | 'msCoord' | 'msInsp' | 'fiCoord' | 'xrCoord';
type Expected = Partial<Record<Persona, string[]>>;

const r1Users = ['platform', 'leadership', 'emAdmin', 'emCoord', 'emInsp', 'emLeader', 'emPrivileged', 'msCoord', 'msInsp', 'msLeader', 'fiCoord'];
const em = ['emAdmin', 'emCoord', 'emInsp', 'emLeader'] as const;
const emOffice = ['emAdmin', 'emCoord', 'emLeader'] as const;
const ms = ['msCoord', 'msInsp'] as const;
const r1Users_ = ['platform', 'leadership', ...em, ...ms, 'fiCoord'] as const;
const all = ['public', ...r1Users_, 'xrCoord'] as const;

/** Same expectation for several personas. */
function each(personas: readonly Persona[], names: string[]): Expected {
  return Object.fromEntries(personas.map((p) => [p, names]));
}

const expectedReads: Record<SubjectType, Expected> = {
  Agency: each(all, ['em', 'ms', 'fi', 'xr']),
  Unit: { ...each(r1Users_, ['emUnit', 'msUnit']), xrCoord: ['xrUnit'] },
  User: {
    platform: r1Users,
    leadership: r1Users,
    emAdmin: ['emAdmin', 'emCoord', 'emInsp', 'emLeader', 'emPrivileged'],
    ...Object.fromEntries(['emCoord', 'emInsp', 'emLeader', 'msCoord', 'msInsp', 'fiCoord', 'xrCoord'].map((p) => [p, [p]])),
  },
  Tag: { ...each(r1Users_, ['tagR1']), xrCoord: ['tagR2'] },
  // Sectors are reference data everyone reads without a rule; only creating a region's own is ruled.
  Sector: {},
  InspectionItem: {
    public: ['emItem2'],
    ...each(['platform', 'leadership'], ['emItem1', 'emItem2', 'msItem1', 'fiItem1']),
    ...each([...em, ...ms], ['emItem1', 'emItem2', 'msItem1']),
    fiCoord: ['fiItem1', 'emItem2'],
    xrCoord: ['xrItem1', 'emItem2'],
  },
  Object: {
    ...each(['platform', 'leadership'], ['oEm', 'oShared', 'oMs', 'oFi']),
    ...each(em, ['oEm', 'oShared', 'oMs']),
    ...each(ms, ['oShared', 'oMs']),
    fiCoord: ['oFi'],
    xrCoord: ['oXr'],
  },
  ObjectSupervision: {
    ...each(['platform', 'leadership'], ['oEm:em', 'oShared:em', 'oShared:ms', 'oMs:ms', 'oFi:fi']),
    ...each(em, ['oEm:em', 'oShared:em']),
    ...each(ms, ['oShared:ms', 'oMs:ms']),
    fiCoord: ['oFi:fi'],
    xrCoord: ['oXr:xr'],
  },
  Inspector: {
    ...each(['platform', 'leadership'], ['iEm1', 'iEm2', 'iMs1', 'iMs2', 'iFi1']),
    ...each(em, ['iEm1', 'iEm2', 'iMs1']),
    ...each(ms, ['iEm1', 'iEm2', 'iMs1', 'iMs2']),
    fiCoord: ['iFi1'],
    xrCoord: ['iXr1'],
  },
  Conflict: {
    ...each(['platform', 'leadership'], ['cEm1', 'cEm2', 'cMs2']),
    ...each(emOffice, ['cEm1', 'cEm2']),
    emInsp: ['cEm1'],
    msCoord: ['cMs2'],
    xrCoord: ['cXr'],
  },
  AnnualPlan: {
    public: ['pEm', 'pXr'],
    ...each(['platform', 'leadership'], ['pEm', 'pMs', 'pFi', 'pXr']),
    ...each(em, ['pEm', 'pXr']),
    ...each(ms, ['pMs', 'pEm', 'pXr']),
    fiCoord: ['pFi', 'pEm', 'pXr'],
    xrCoord: ['pXr', 'pEm'],
  },
  JointTask: { ...each(['platform', 'leadership'], ['t1', 't2']), ...each([...em, ...ms], ['t1']), fiCoord: ['t2'], xrCoord: ['t3'] },
  JointTaskParticipant: {
    ...each(['platform', 'leadership'], ['t1:em', 't1:ms', 't1:fi', 't2:fi']),
    ...each([...em, ...ms], ['t1:em', 't1:ms', 't1:fi']),
    // fi still sees its declined invitation, but no longer the task (see JointTask).
    fiCoord: ['t1:fi', 't2:fi'],
    xrCoord: ['t3:xr'],
  },
  JointTaskItem: {
    ...each(['platform', 'leadership'], ['t1:emItem1', 't1:msItem1', 't2:fiItem1']),
    ...each([...em, ...ms], ['t1:emItem1', 't1:msItem1']),
    fiCoord: ['t2:fiItem1'],
    xrCoord: ['t3:xrItem1'],
  },
  JointTaskInspector: {
    ...each(['platform', 'leadership'], ['t1:iEm1', 't1:iEm2', 't1:iMs1', 't2:iFi1']),
    ...each([...em, ...ms], ['t1:iEm1', 't1:iEm2', 't1:iMs1']),
    fiCoord: ['t2:iFi1'],
    xrCoord: ['t3:iXr1'],
  },
  Draw: { ...each(['platform', 'leadership'], ['d1', 'd2']), ...each([...em, ...ms], ['d1']), fiCoord: ['d2'], xrCoord: ['d3'] },
  DrawEntropy: { ...each(['platform', 'leadership'], ['e1', 'e2', 'e3', 'e4']), ...each([...em, ...ms], ['e1', 'e2', 'e3']), fiCoord: ['e4'], xrCoord: ['e5'] },
  Check: {
    leadership: ['k1', 'k2', 'k3'],
    ...each([...emOffice, ...ms], ['k1', 'k2']),
    // emInsp (iEm1) is on the team of k1 only; msInsp (iMs1) on k1 and k2.
    emInsp: ['k1'],
    fiCoord: ['k3'],
    xrCoord: ['k4'],
  },
  CheckResult: {
    leadership: ['rK1Em', 'rK1Ms', 'rK2Em', 'rK2Ms', 'rK3Fi'],
    ...each([...emOffice, ...ms], ['rK1Em', 'rK1Ms', 'rK2Em', 'rK2Ms']),
    emInsp: ['rK1Em', 'rK1Ms'],
    fiCoord: ['rK3Fi'],
    xrCoord: ['rK4Xr'],
  },
  FollowUpAction: { leadership: ['fK1Em', 'fK2Ms', 'fK3Fi'], ...each([...emOffice, ...ms], ['fK1Em', 'fK2Ms']), emInsp: ['fK1Em'], fiCoord: ['fK3Fi'] },
  Hazard: {
    leadership: ['hK1Em', 'hMs', 'hK3Fi'],
    ...each([...em, 'msInsp'], ['hK1Em']),
    // hMs was found outside any check: its own agency's office sees it, nobody through a task.
    msCoord: ['hK1Em', 'hMs'],
    fiCoord: ['hK3Fi'],
    xrCoord: ['hXr'],
  },
  Sanction: {
    ...each(['public', 'platform'], ['sK2Ms', 'sXr']),
    leadership: ['sK2Ms', 'sK1Em', 'sFi', 'sXr'],
    ...each([...em, ...ms], ['sK1Em', 'sK2Ms', 'sXr']),
    fiCoord: ['sFi', 'sK2Ms', 'sXr'],
    xrCoord: ['sXr', 'sK2Ms'],
  },
  // An agency's office reads its own; an officer named on one reads it; nobody else, the public included.
  CaseCheck: { leadership: ['ccEm', 'ccMs'], ...each(em, ['ccEm']), ...each(ms, ['ccMs']), xrCoord: ['ccXr'] },
  // Published caps, every version, are public in every region; the repositories scope each query to one.
  InspectionCap: each(all, ['capEm', 'capMs', 'capXr']),
  // 专项检查: the agency's office reads its own, the leadership group the region's, everyone the published ones (any region).
  Campaign: {
    ...each(['public', 'platform', 'emInsp', 'msInsp', 'fiCoord'], ['cpEmPub', 'cpXr']),
    leadership: ['cpEm', 'cpEmPub', 'cpMs', 'cpXr'],
    ...each(emOffice, ['cpEm', 'cpEmPub', 'cpXr']),
    msCoord: ['cpMs', 'cpEmPub', 'cpXr'],
    xrCoord: ['cpXr', 'cpEmPub'],
  },
  Publication: each(all, ['pubEm', 'pubXr']),
  SupervisionNote: { leadership: ['nEm', 'nMs'], ...each(emOffice, ['nEm']), msCoord: ['nMs'], xrCoord: ['nXr'] },
  AuditEvent: { platform: ['aR1'], leadership: ['aR1'] },
};

/** Writes worth pinning down: own agency vs partner vs lead, and the rows a write may never reach. */
const expectedWrites: [Action, SubjectType, Expected][] = [
  ['update', 'Object', { emAdmin: ['oEm', 'oShared'], emCoord: ['oEm', 'oShared'], msCoord: ['oShared', 'oMs'], fiCoord: ['oFi'], xrCoord: ['oXr'] }],
  // emPrivileged (a leadership member filed under em) stays out of em's admin's reach.
  ['update', 'User', { platform: r1Users, emAdmin: ['emAdmin', 'emCoord', 'emInsp', 'emLeader'] }],
  ['update', 'JointTask', { emCoord: ['t1'], fiCoord: ['t2'], xrCoord: ['t3'] }],
  ['update', 'JointTaskParticipant', { emCoord: ['t1:em'], msCoord: ['t1:ms'], fiCoord: ['t1:fi', 't2:fi'], xrCoord: ['t3:xr'] }],
  ['create', 'JointTaskParticipant', { emCoord: ['t1:em', 't1:ms', 't1:fi'], fiCoord: ['t2:fi'], xrCoord: ['t3:xr'] }],
  // 行政检查审批: a head approves only its own agency's part of a task.
  ['approve', 'JointTaskParticipant', { emLeader: ['t1:em'] }],
  ['update', 'Draw', { emCoord: ['d1'], fiCoord: ['d2'], xrCoord: ['d3'] }],
  // The lead writes its own secret and the witness digits, never the partner's secret.
  ['update', 'DrawEntropy', { emCoord: ['e1', 'e3'], msCoord: ['e2'], fiCoord: ['e4'], xrCoord: ['e5'] }],
  ['update', 'Check', { emCoord: ['k1', 'k2'], fiCoord: ['k3'], xrCoord: ['k4'] }],
  [
    'update',
    'CheckResult',
    { emCoord: ['rK1Em', 'rK2Em'], emInsp: ['rK1Em'], msCoord: ['rK1Ms', 'rK2Ms'], msInsp: ['rK1Ms', 'rK2Ms'], fiCoord: ['rK3Fi'], xrCoord: ['rK4Xr'] },
  ],
  ['approve', 'CheckResult', { emLeader: ['rK1Em', 'rK2Em'] }],
  ['update', 'Hazard', { emCoord: ['hK1Em'], emInsp: ['hK1Em'], msCoord: ['hMs'], fiCoord: ['hK3Fi'], xrCoord: ['hXr'] }],
  ['publish', 'Sanction', { emCoord: ['sK1Em'], msCoord: ['sK2Ms'], fiCoord: ['sFi'], xrCoord: ['sXr'] }],
  ['update', 'CaseCheck', { emCoord: ['ccEm'], msCoord: ['ccMs'], xrCoord: ['ccXr'] }],
  ['approve', 'CaseCheck', { emLeader: ['ccEm'] }],
  ['create', 'InspectionCap', { emAdmin: ['capEm'], emCoord: ['capEm'], msCoord: ['capMs'], xrCoord: ['capXr'] }],
  ['update', 'Campaign', { emCoord: ['cpEm', 'cpEmPub'], msCoord: ['cpMs'], xrCoord: ['cpXr'] }],
  ['publish', 'Campaign', { emCoord: ['cpEm', 'cpEmPub'], msCoord: ['cpMs'], xrCoord: ['cpXr'] }],
  // The leadership group of the region, never the agencies and never another region's.
  ['approve', 'Campaign', { leadership: ['cpEm', 'cpEmPub', 'cpMs'] }],
  ['update', 'SupervisionNote', { leadership: ['nEm', 'nMs'], ...each(emOffice, ['nEm']), msCoord: ['nMs'], xrCoord: ['nXr'] }],
  ['archive', 'Conflict', { emAdmin: ['cEm1', 'cEm2'], emCoord: ['cEm1', 'cEm2'], msCoord: ['cMs2'], xrCoord: ['cXr'] }],
];

describe(`accessibleBy on ${testDbKind()}`, () => {
  let handle: DbHandle;
  let world: World;
  const abilities = new Map<Persona, AppAbility>();

  beforeAll(async () => {
    handle = await createTestDb();
    world = await seedWorld(handle.db);
    const actors: [Persona, Actor][] = [['public', publicActor]];
    for (const persona of ['platform', 'leadership', 'emAdmin', 'emCoord', 'emInsp', 'emLeader', 'msCoord', 'msInsp', 'fiCoord', 'xrCoord'] as const) {
      actors.push([persona, await actorFor(handle.db, world.users[persona] as World['users'][string])]);
    }
    actors.push(['noRoles', { ...(await actorFor(handle.db, world.users.emCoord as World['users'][string])), roles: [] }]);
    for (const [persona, actor] of actors) abilities.set(persona, defineAbilityFor(actor));
  });
  afterAll(async () => {
    await handle?.close();
  });

  const names = (keys: string[]) =>
    keys
      .map((key) =>
        key
          .split(':')
          .map((part) => world.name(part))
          .join(':'),
      )
      .sort();
  const personas = [...all, 'noRoles'] as const;

  describe.each(Object.entries(expectedReads))('read %s', (type, expected) => {
    it.each(personas)('as %s', async (persona) => {
      const keys = await reachable(handle.db, abilities.get(persona) as AppAbility, 'read', type as SubjectType);
      expect(names(keys)).toEqual([...(expected[persona] ?? [])].sort());
    });
  });

  describe.each(expectedWrites)('%s %s', (action, type, expected) => {
    it.each(personas)('as %s', async (persona) => {
      const keys = await reachable(handle.db, abilities.get(persona) as AppAbility, action, type);
      expect(names(keys)).toEqual([...(expected[persona] ?? [])].sort());
    });
  });

  it('works as a typed where-clause, with a table alias and inside a join', async () => {
    const ability = abilities.get('msCoord') as AppAbility;
    const db = handle.db;
    const plain = await db
      .selectFrom('object')
      .select('id')
      .where(accessibleBy(ability, 'read', 'Object'))
      .orderBy('id')
      .execute();
    const aliased = await db
      .selectFrom('object as o')
      .select('o.id')
      .where(accessibleBy(ability, 'read', 'Object', 'o'))
      .orderBy('o.id')
      .execute();
    expect(aliased).toEqual(plain);
    // Results of the checks ms may read, joined to those checks: both filters in one query.
    const joined = await db
      .selectFrom('checkResult as r')
      .innerJoin('check as c', (join) => join.onRef('c.id', '=', 'r.checkId').onRef('c.regionCode', '=', 'r.regionCode'))
      .select(['r.id'])
      .where(accessibleBy(ability, 'read', 'CheckResult', 'r'))
      .where(accessibleBy(ability, 'read', 'Check', 'c'))
      .where('r.agencyId', '=', world.id('em'))
      .execute();
    expect(joined.map((row) => world.name(row.id)).sort()).toEqual(['rK1Em', 'rK2Em']);
  });

  it('loads a single row through the filter: out of reach reads exactly like missing', async () => {
    const ability = abilities.get('msCoord') as AppAbility;
    const load = (id: string) =>
      handle.db
        .selectFrom('object')
        .select('id')
        .where('regionCode', '=', '350881')
        .where('id', '=', id)
        .where(accessibleBy(ability, 'read', 'Object'))
        .executeTakeFirst();
    expect(await load(world.id('oShared'))).toBeDefined();
    expect(await load(world.id('oFi'))).toBeUndefined();
    expect(await load('00000000-0000-4000-8000-000000000000')).toBeUndefined();
  });

  it('loads virtual fields as sorted arrays', async () => {
    const row = await handle.db
      .selectFrom('object')
      .select(['object.id', 'object.supervisingAgencyIds'])
      .select(selectVirtualFields('Object'))
      .where('object.id', '=', world.id('oShared'))
      .executeTakeFirstOrThrow();
    expect(row.supervisingAgencyIds).toEqual([world.id('em'), world.id('ms')].sort());
    expect(row.taskIds).toEqual([world.id('t1')]);
    const lone = await handle.db
      .selectFrom('hazard as h')
      .select(selectVirtualFields('Hazard', 'h'))
      .where('h.id', '=', world.id('hMs'))
      .executeTakeFirstOrThrow();
    expect(lone).toEqual({ taskId: [], teamInspectorIds: [] });
  });
});
