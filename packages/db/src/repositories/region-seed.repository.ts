import type { InspectorFieldsBase, ItemFields, ObjectFields } from '@liancha/domain';
import type { Insertable, Kysely, Transaction } from 'kysely';
import type { DB } from '../schema/database.js';
import type { RegionLevel, Role, TagDimension, UnitKind } from '../schema/organisation.js';
import type { ConflictReason } from '../schema/registries.js';
import type { Executor } from './executor.js';
import { regionExists } from './region.repository.js';
import { claimLoginNames } from './user.repository.js';

/**
 * A whole region as plain rows (the demo region of @liancha/demo is one). Nothing carries a
 * database id: rows link through natural keys (agency code, unit code, USCC, certificate no.,
 * username), which the loader resolves to ids as it inserts.
 */
export interface RegionSeed {
  regionCode: string;
  regions: { code: string; name: string; parentCode: string | null; level: RegionLevel }[];
  sectors: { code: string; name: string; parentCode: string | null; sortOrder: number }[];
  townships: { code: string; name: string }[];
  /** `uscc`: the agency's 统一社会信用代码, shown as the 处罚机关's on a 行政处罚 公示. */
  agencies: { code: string; name: string; shortName: string; kind: string; uscc?: string | null }[];
  units: { agencyCode: string; code: string; name: string; kind: UnitKind }[];
  tags: { dimension: TagDimension; code: string; name: string }[];
  inspectionItems: (ItemFields & { agencyCode: string })[];
  /** The demo names every object's sub-sector. */
  objects: (Omit<ObjectFields, 'subSectorCode'> & { subSectorCode: string })[];
  supervisions: { uscc: string; agencyCode: string }[];
  users: { username: string; displayName: string; roles: Role[]; agencyCode: string | null; unitCode: string | null }[];
  /** The demo gives every inspector a gender and a phone. */
  inspectors: (Omit<InspectorFieldsBase, 'gender' | 'phone'> & {
    agencyCode: string;
    unitCode: string | null;
    username: string | null;
    gender: 'male' | 'female';
    phone: string;
  })[];
  conflicts: { certificateNo: string; uscc: string; reasonCode: ConflictReason; note: string; validFrom: string; validUntil: string | null }[];
}

/** Rows per INSERT: large enough to be quick, far below PostgreSQL's 65535-parameter limit. */
const BATCH_SIZE = 200;

export interface LoadRegionSeedOptions {
  hashPassword: (plain: string) => Promise<string>;
  password: string;
}

export interface LoadRegionSeedResult {
  loaded: boolean;
  counts: Record<string, number>;
}

/** Thrown inside the transaction to roll it back when another loader got there first. */
class RegionAlreadyPresent extends Error {}

function chunks<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += BATCH_SIZE) out.push(rows.slice(i, i + BATCH_SIZE));
  return out;
}

/** The tables the loader maps by a natural key to the ids it inserted: agency code, USCC, username, certificate no. */
type KeyedTable = 'agency' | 'object' | 'appUser' | 'inspector';

// Kysely cannot check the columns of a table named by a type parameter; the signatures carry the row types.
const loose = (trx: Transaction<DB>) => trx as unknown as Kysely<Record<string, Record<string, unknown>>>;

/** Insert `rows` into `table`, BATCH_SIZE rows a statement. */
async function insertBatches<T extends keyof DB & string>(trx: Transaction<DB>, table: T, rows: readonly Insertable<DB[T]>[]): Promise<void> {
  for (const batch of chunks(rows)) await loose(trx).insertInto(table).values(batch).execute();
}

/** Insert `rows` into `table`, BATCH_SIZE rows a statement, and map the `key` of each row to its new id. */
async function insertKeyed<T extends KeyedTable>(trx: Transaction<DB>, table: T, key: keyof DB[T] & string, rows: readonly Insertable<DB[T]>[]) {
  const ids = new Map<string, string>();
  for (const batch of chunks(rows)) {
    const inserted: Record<string, unknown>[] = await loose(trx).insertInto(table).values(batch).returning(['id', key]).execute();
    for (const row of inserted) ids.set(String(row[key]), String(row.id));
  }
  return ids;
}

function lookup<K, V>(map: ReadonlyMap<K, V>, key: K, what: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`region seed refers to an unknown ${what}: ${String(key)}`);
  return value;
}

/**
 * Put a whole region into the database in ONE transaction: either all of it is
 * there afterwards or none of it. If the region already exists, nothing changes
 * and `loaded` is false.
 */
export async function loadRegionSeed(db: Executor, data: RegionSeed, options: LoadRegionSeedOptions): Promise<LoadRegionSeedResult> {
  try {
    return await db.transaction().execute(async (trx) => {
      if (await regionExists(trx, data.regionCode)) return { loaded: false, counts: {} };
      return { loaded: true, counts: await insertAll(trx, data, options) };
    });
  } catch (error) {
    if (error instanceof RegionAlreadyPresent) return { loaded: false, counts: {} };
    throw error;
  }
}

async function insertAll(trx: Transaction<DB>, data: RegionSeed, options: LoadRegionSeedOptions): Promise<Record<string, number>> {
  const regionCode = data.regionCode;
  const counts: Record<string, number> = {};

  // Parents and sectors are shared reference data: keep whatever another region already put there.
  const region = data.regions.find((r) => r.code === regionCode);
  if (!region) throw new Error(`region seed lacks its own region ${regionCode}`);
  let regions = 0;
  for (const row of data.regions.filter((r) => r.code !== regionCode)) {
    const inserted = await trx
      .insertInto('region')
      .values(row)
      .onConflict((oc) => oc.column('code').doNothing())
      .returning('code')
      .execute();
    regions += inserted.length;
  }
  // The region row is the "already loaded" marker; a concurrent loader that wrote it first wins.
  const own = await trx
    .insertInto('region')
    .values(region)
    .onConflict((oc) => oc.column('code').doNothing())
    .returning('code')
    .execute();
  if (own.length === 0) throw new RegionAlreadyPresent();
  counts.regions = regions + 1;

  // Parents before children, so each batch's sector parent_code already exists.
  const sectors = [...data.sectors].sort((a, b) => Number(a.parentCode !== null) - Number(b.parentCode !== null));
  counts.sectors = 0;
  for (const batch of chunks(sectors)) {
    const inserted = await trx
      .insertInto('sector')
      .values(batch)
      .onConflict((oc) => oc.column('code').doNothing())
      .returning('code')
      .execute();
    counts.sectors += inserted.length;
  }

  await trx
    .insertInto('township')
    .values(data.townships.map((t) => ({ regionCode, code: t.code, name: t.name })))
    .execute();
  counts.townships = data.townships.length;

  const agencyId = await insertKeyed(
    trx,
    'agency',
    'code',
    data.agencies.map((a) => ({ regionCode, code: a.code, name: a.name, shortName: a.shortName, kind: a.kind, uscc: a.uscc ?? null })),
  );
  counts.agencies = agencyId.size;

  const unitRows = await trx
    .insertInto('unit')
    .values(data.units.map((u) => ({ regionCode, agencyId: lookup(agencyId, u.agencyCode, 'agency'), code: u.code, name: u.name, kind: u.kind })))
    .returning(['id', 'agencyId', 'code'])
    .execute();
  const unitId = new Map(unitRows.map((u) => [`${u.agencyId}|${u.code}`, u.id]));
  const unitOf = (agencyCode: string, code: string | null) =>
    code === null ? null : lookup(unitId, `${lookup(agencyId, agencyCode, 'agency')}|${code}`, 'unit');
  counts.units = unitRows.length;

  await trx
    .insertInto('tag')
    .values(data.tags.map((t) => ({ regionCode, dimension: t.dimension, code: t.code, name: t.name })))
    .execute();
  counts.tags = data.tags.length;

  await trx
    .insertInto('inspectionItem')
    .values(
      data.inspectionItems.map((item) => ({
        regionCode,
        agencyId: lookup(agencyId, item.agencyCode, 'agency'),
        code: item.code,
        name: item.name,
        subItems: item.subItems,
        legalBasis: item.legalBasis,
        category: item.category,
        ratioBp: item.ratioBp,
        frequency: item.frequency,
        method: item.method,
        requiredExpertise: item.requiredExpertise,
        applicableSectors: item.applicableSectors,
      })),
    )
    .execute();
  counts.inspectionItems = data.inspectionItems.length;

  const objectId = await insertKeyed(
    trx,
    'object',
    'uscc',
    data.objects.map((o) => ({ regionCode, ...o })),
  );
  counts.objects = objectId.size;

  await insertBatches(
    trx,
    'objectSupervision',
    data.supervisions.map((s) => ({ regionCode, objectId: lookup(objectId, s.uscc, 'object'), agencyId: lookup(agencyId, s.agencyCode, 'agency') })),
  );
  counts.objectSupervisions = data.supervisions.length;

  // Hashing happens inside the transaction on purpose: if it fails, nothing above survives.
  const hashes = await Promise.all(data.users.map(() => options.hashPassword(options.password)));
  const userId = await insertKeyed(
    trx,
    'appUser',
    'username',
    data.users.map((u, i) => ({
      regionCode,
      agencyId: u.agencyCode === null ? null : lookup(agencyId, u.agencyCode, 'agency'),
      unitId: u.agencyCode === null ? null : unitOf(u.agencyCode, u.unitCode),
      username: u.username,
      displayName: u.displayName,
      passwordHash: hashes[i]!,
      roles: u.roles,
    })),
  );
  await claimLoginNames(
    trx,
    [...userId].map(([username, id]) => ({ username, id, regionCode })),
  );
  counts.users = userId.size;

  const inspectorId = await insertKeyed(
    trx,
    'inspector',
    'certificateNo',
    data.inspectors.map((i) => ({
      regionCode,
      agencyId: lookup(agencyId, i.agencyCode, 'agency'),
      unitId: unitOf(i.agencyCode, i.unitCode),
      userId: i.username === null ? null : lookup(userId, i.username, 'user'),
      name: i.name,
      gender: i.gender,
      certificateNo: i.certificateNo,
      certificateExpiry: i.certificateExpiry,
      expertise: i.expertise,
      isExpert: i.isExpert,
      status: i.status,
      homeTownshipCode: i.homeTownshipCode,
      phone: i.phone,
    })),
  );
  counts.inspectors = inspectorId.size;

  await insertBatches(
    trx,
    'conflict',
    data.conflicts.map((c) => ({
      regionCode,
      inspectorId: lookup(inspectorId, c.certificateNo, 'inspector'),
      objectId: lookup(objectId, c.uscc, 'object'),
      reasonCode: c.reasonCode,
      note: c.note,
      validFrom: c.validFrom,
      validUntil: c.validUntil,
    })),
  );
  counts.conflicts = data.conflicts.length;

  return counts;
}
