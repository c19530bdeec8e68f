import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DB, DbHandle, Kysely } from '@liancha/db';
import { createTestDb, testDbKind } from '@liancha/db/testing';
import { generateDemoRegion } from './generate-demo-region.js';
import { isRegionLoaded, loadDemoRegion } from './load-demo-region.js';

const data = generateDemoRegion();
const PASSWORD = 'demo-password';
const hashPassword = async (plain: string) => 'test$' + plain;

const TABLES = [
  'region',
  'sector',
  'township',
  'agency',
  'unit',
  'appUser',
  'tag',
  'inspectionItem',
  'object',
  'objectSupervision',
  'inspector',
  'conflict',
] as const;

async function tableCounts(db: Kysely<DB>): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return counts;
}

describe(`loadDemoRegion on ${testDbKind()}`, () => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await createTestDb();
  });
  afterAll(async () => {
    await handle?.close();
  });

  it('loads 漳平市 into an empty database', async () => {
    expect(await isRegionLoaded(handle.db, '350881')).toBe(false);
    const result = await loadDemoRegion(handle.db, data, { hashPassword, password: PASSWORD });
    expect(result.loaded).toBe(true);
    expect(result.counts).toMatchObject({
      regions: 3,
      townships: 16,
      agencies: 4,
      objects: 513,
      users: data.users.length,
      inspectors: data.inspectors.length,
      conflicts: data.conflicts.length,
      objectSupervisions: data.supervisions.length,
    });
    expect(await isRegionLoaded(handle.db, '350881')).toBe(true);
  });

  it('has the seed’s enterprises per sector: 33/52/96/332, 513 in all', async () => {
    const rows = await handle.db
      .selectFrom('object')
      .select(['sectorCode', (eb) => eb.fn.countAll<number>().as('n')])
      .where('regionCode', '=', '350881')
      .groupBy('sectorCode')
      .execute();
    const bySector = Object.fromEntries(rows.map((r) => [r.sectorCode, Number(r.n)]));
    expect(bySector).toEqual({ non_coal_mine: 33, hazardous_chemicals: 52, fireworks: 96, industry_trade: 332 });
    expect(Object.values(bySector).reduce((a, b) => a + b, 0)).toBe(513);
  });

  it('has the region tree, the four agencies and their units', async () => {
    const regions = await handle.db.selectFrom('region').select(['code', 'parentCode', 'level']).orderBy('code').execute();
    expect(regions).toEqual([
      { code: '350000', parentCode: null, level: 'province' },
      { code: '350800', parentCode: '350000', level: 'city' },
      { code: '350881', parentCode: '350800', level: 'county' },
    ]);
    const agencies = await handle.db.selectFrom('agency').select(['code', 'kind']).where('regionCode', '=', '350881').orderBy('code').execute();
    expect(agencies).toEqual([
      { code: 'scj', kind: 'market' },
      { code: 'sthj', kind: 'environment' },
      { code: 'xf', kind: 'fire' },
      { code: 'yjj', kind: 'emergency' },
    ]);
    const teams = await handle.db
      .selectFrom('unit as u')
      .innerJoin('agency as a', 'a.id', 'u.agencyId')
      .select(['a.code as agencyCode', 'u.name'])
      .where('u.kind', '=', 'team')
      .where('a.code', '=', 'yjj')
      .execute();
    expect(teams).toEqual([{ agencyCode: 'yjj', name: '应急管理综合行政执法大队' }]);
  });

  it('creates every demo account with its roles, agency and password hash', async () => {
    const users = await handle.db
      .selectFrom('appUser as u')
      .leftJoin('agency as a', 'a.id', 'u.agencyId')
      .select(['u.username', 'u.roles', 'a.code as agencyCode', 'u.passwordHash', 'u.regionCode', 'u.status'])
      .execute();
    const byName = new Map(users.map((u) => [u.username, u]));
    expect(users).toHaveLength(data.users.length);
    for (const expected of data.users) {
      const row = byName.get(expected.username);
      expect(row, expected.username).toMatchObject({
        roles: expected.roles,
        agencyCode: expected.agencyCode,
        passwordHash: 'test$' + PASSWORD,
        regionCode: '350881',
        status: 'active',
      });
    }
    expect(byName.get('admin')?.roles).toEqual(['platform_admin']);
    expect(byName.get('ldxz.zhang')).toMatchObject({ roles: ['leadership_member'], agencyCode: null });
    expect(byName.get('sthj.insp1')).toMatchObject({ roles: ['inspector'], agencyCode: 'sthj' });
  });

  it('links the inspector accounts to their inspector rows', async () => {
    const linked = await handle.db
      .selectFrom('inspector as i')
      .innerJoin('appUser as u', 'u.id', 'i.userId')
      .innerJoin('agency as a', 'a.id', 'i.agencyId')
      .select(['u.username', 'a.code as agencyCode', 'i.name', 'i.status'])
      .orderBy('u.username')
      .execute();
    expect(linked.map((l) => [l.username, l.agencyCode, l.status])).toEqual([
      ['scj.insp1', 'scj', 'on_duty'],
      ['sthj.insp1', 'sthj', 'on_duty'],
      ['xf.insp1', 'xf', 'on_duty'],
      ['yjj.insp1', 'yjj', 'on_duty'],
      ['yjj.insp2', 'yjj', 'on_duty'],
    ]);
  });

  it('stores arrays, dates and supervision relations as generated', async () => {
    const sample = data.objects.find((o) => o.licenceExpiry !== null)!;
    const row = await handle.db
      .selectFrom('object')
      .select(['uscc', 'name', 'tags', 'licenceNo', 'licenceExpiry', 'subSectorCode', 'townshipCode'])
      .where('uscc', '=', sample.uscc)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      uscc: sample.uscc,
      name: sample.name,
      tags: sample.tags,
      licenceNo: sample.licenceNo,
      licenceExpiry: sample.licenceExpiry,
      subSectorCode: sample.subSectorCode,
      townshipCode: sample.townshipCode,
    });
    const supervision = await handle.db
      .selectFrom('objectSupervision as s')
      .innerJoin('agency as a', 'a.id', 's.agencyId')
      .select(['a.code', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('a.code')
      .execute();
    const expected: Record<string, number> = {};
    for (const s of data.supervisions) expected[s.agencyCode] = (expected[s.agencyCode] ?? 0) + 1;
    expect(Object.fromEntries(supervision.map((s) => [s.code, Number(s.n)]))).toEqual(expected);
    expect(expected.yjj).toBe(513);
  });

  it('stores item sub-items as a JSON array, not as JSON text', async () => {
    const row = await handle.db
      .selectFrom('inspectionItem')
      .select((eb) => [eb.fn<string>('jsonb_typeof', ['subItems']).as('type'), 'subItems'])
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(row.type).toBe('array');
    expect(Array.isArray(row.subItems)).toBe(true);
  });

  it('does nothing when loaded again', async () => {
    const before = await tableCounts(handle.db);
    const hashesBefore = await handle.db.selectFrom('appUser').select(['username', 'passwordHash', 'updatedAt']).orderBy('username').execute();
    let hashed = 0;
    const result = await loadDemoRegion(handle.db, data, { hashPassword: async (p) => ((hashed += 1), 'other$' + p), password: 'changed' });
    expect(result).toEqual({ loaded: false, counts: {} });
    expect(hashed).toBe(0);
    expect(await tableCounts(handle.db)).toEqual(before);
    expect(await handle.db.selectFrom('appUser').select(['username', 'passwordHash', 'updatedAt']).orderBy('username').execute()).toEqual(hashesBefore);
  });
});

describe(`loadDemoRegion atomicity on ${testDbKind()}`, () => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await createTestDb();
  });
  afterAll(async () => {
    await handle?.close();
  });

  it('leaves the database empty when a step fails half-way (hashing runs after the objects are in)', async () => {
    const failing = async () => {
      throw new Error('hash service down');
    };
    await expect(loadDemoRegion(handle.db, data, { hashPassword: failing, password: PASSWORD })).rejects.toThrow('hash service down');
    const counts = await tableCounts(handle.db);
    for (const table of TABLES) expect(counts[table], table).toBe(0);
    expect(await isRegionLoaded(handle.db, '350881')).toBe(false);
  });

  it('leaves the database empty when the data breaks a constraint, and loads fine afterwards', async () => {
    const broken = { ...data, conflicts: [...data.conflicts, { ...data.conflicts[0]!, reasonCode: 'grudge' as never }] };
    await expect(loadDemoRegion(handle.db, broken, { hashPassword, password: PASSWORD })).rejects.toThrow();
    expect(Object.values(await tableCounts(handle.db)).every((n) => n === 0)).toBe(true);

    const result = await loadDemoRegion(handle.db, data, { hashPassword, password: PASSWORD });
    expect(result.loaded).toBe(true);
    expect((await tableCounts(handle.db)).object).toBe(513);
  });
});

describe(`concurrent loadDemoRegion on ${testDbKind()}`, () => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await createTestDb();
  });
  afterAll(async () => {
    await handle?.close();
  });

  it('loads once when two starts race', async () => {
    const results = await Promise.all([
      loadDemoRegion(handle.db, data, { hashPassword, password: PASSWORD }),
      loadDemoRegion(handle.db, data, { hashPassword, password: PASSWORD }),
    ]);
    expect(results.map((r) => r.loaded).sort()).toEqual([false, true]);
    expect((await tableCounts(handle.db)).object).toBe(513);
  });
});
