import { sql } from 'kysely';
import { type ObjectFields, OBJECT_UPDATABLE_FIELDS } from '@liancha/domain';
import type { ItemCategory, ObjectStatus, RiskClass } from '../schema/registries.js';
import type { Executor, RegionScope } from './executor.js';
import { upsertByKey } from './upsert.js';
import { type AccessFilter, whereEqual } from './list-query.js';
import { filteredListing, type GetRow, type ListPage } from './listing.js';
import { insertInRegion } from './insert-in-region.js';
import { updateInRegion } from './update-in-region.js';
import { rowsInRegion } from './rows-in-region.js';
import { registryRows, type RegistryFilter } from './registry-rows.js';

export const OBJECT_SORT_FIELDS = ['name', 'uscc', 'sectorCode', 'riskClass', 'townshipCode', 'updatedAt', 'lastInspectedOn'] as const;
export type ObjectSortField = (typeof OBJECT_SORT_FIELDS)[number];

export interface ObjectFilter extends RegistryFilter {
  sectorCode?: string | undefined;
  subSectorCode?: string | undefined;
  townshipCode?: string | undefined;
  riskClasses?: RiskClass[] | undefined;
  supervisionCategory?: ItemCategory | undefined;
  statuses?: ObjectStatus[] | undefined;
  tag?: string | undefined;
  supervisedBy?: string | undefined;
}

/** The fields an object row is written with (create, update, import): the domain's shape. */
export type { ObjectFields };

export interface ObjectRow extends ObjectFields {
  id: string;
  regionCode: string;
  dishonest: boolean;
  /** When the 失信 listing ends (null: no end stated, or not listed). */
  dishonestUntil: string | null;
  archivedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  /** Agencies that supervise this object; abilities test membership in it. */
  supervisingAgencyIds: string[];
}

const OBJECT_COLUMNS = [
  'object.id',
  'object.regionCode',
  'object.uscc',
  'object.name',
  'object.legalRepresentative',
  'object.address',
  'object.townshipCode',
  'object.sectorCode',
  'object.subSectorCode',
  'object.riskClass',
  'object.supervisionCategory',
  'object.licenceNo',
  'object.licenceExpiry',
  'object.status',
  'object.tags',
  'object.dishonest',
  'object.dishonestUntil',
  'object.lastInspectedOn',
  'object.archivedAt',
  'object.createdAt',
  'object.updatedAt',
  'object.supervisingAgencyIds',
] as const;

function filtered(db: Executor, scope: RegionScope, access: AccessFilter<'object'>, filter: ObjectFilter) {
  let query = registryRows(db, scope, 'object', access, filter);
  query = whereEqual(query, 'object', {
    sectorCode: filter.sectorCode,
    subSectorCode: filter.subSectorCode,
    townshipCode: filter.townshipCode,
    supervisionCategory: filter.supervisionCategory,
  });
  if (filter.riskClasses?.length) query = query.where('object.riskClass', 'in', filter.riskClasses);
  if (filter.statuses?.length) query = query.where('object.status', 'in', filter.statuses);
  if (filter.tag) query = query.where(sql<boolean>`${filter.tag} = any(object.tags)`);
  if (filter.supervisedBy) {
    const agencyId = filter.supervisedBy;
    query = query.where(sql<boolean>`object.supervising_agency_ids && array[${agencyId}]::text[]`);
  }
  return query;
}

/** Past this many matching objects a page says "10,000+": counting a province's million on every page costs seconds. */
export const OBJECT_COUNT_CAP = 10_000;
/** Past this many by the planner's estimate a page gives the estimate ("约"), not a count. */
export const OBJECT_ESTIMATE_ABOVE = 1_000;

const objects = filteredListing(
  'object',
  filtered,
  (base) => base.select(OBJECT_COLUMNS),
  { includeArchived: true },
  { countCap: OBJECT_COUNT_CAP, estimateAbove: OBJECT_ESTIMATE_ABOVE, keyset: { nullable: ['lastInspectedOn'] } },
);

/** One page of the objects the caller may see, filtered and sorted (id breaks ties, so pages are stable). */
export const listObjects: ListPage<'object', ObjectSortField, ObjectFilter, ObjectRow> = objects.list;

/** The region's objects with every field of ObjectRow (the caller narrows them). */
const objectRows = (db: Executor, scope: RegionScope) => rowsInRegion(db, scope, 'object').select(OBJECT_COLUMNS);

/** Load one object through the caller's abilities: out of reach and absent look the same. */
export const getObject: GetRow<'object', ObjectRow> = objects.get;

/** By USCC, ignoring abilities: only for deciding between insert and "add my supervision". */
export async function findObjectIdByUscc(db: Executor, scope: RegionScope, uscc: string): Promise<string | undefined> {
  const row = await rowsInRegion(db, scope, 'object', { uscc }).select('id').executeTakeFirst();
  return row?.id;
}

export async function insertObject(db: Executor, scope: RegionScope, fields: ObjectFields): Promise<string> {
  return insertInRegion(db, scope, 'object', { ...fields });
}

export async function updateObject(db: Executor, scope: RegionScope, id: string, patch: Partial<Omit<ObjectFields, 'uscc'>>, at: Date): Promise<void> {
  await updateInRegion(db, scope, 'object', id, { ...patch, updatedAt: at });
}

/** Archive, never delete: draws and checks keep pointing at the row. */
export async function archiveObject(db: Executor, scope: RegionScope, id: string, at: Date): Promise<void> {
  await updateInRegion(db, scope, 'object', id, { archivedAt: at, updatedAt: at });
}

export async function addSupervision(db: Executor, scope: RegionScope, objectId: string, agencyId: string): Promise<boolean> {
  const result = await db
    .insertInto('objectSupervision')
    .values({ regionCode: scope.regionCode, objectId, agencyId })
    .onConflict((oc) => oc.columns(['regionCode', 'objectId', 'agencyId']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** The agency stops supervising the object; the shared row stays for the others. */
export async function removeSupervision(db: Executor, scope: RegionScope, objectId: string, agencyId: string): Promise<void> {
  await db
    .deleteFrom('objectSupervision')
    .where('regionCode', '=', scope.regionCode)
    .where('objectId', '=', objectId)
    .where('agencyId', '=', agencyId)
    .execute();
}

/** Existing rows for a set of USCCs, with every field, for an import's before/after. */
export async function findObjectsByUsccs(db: Executor, scope: RegionScope, usccs: string[]): Promise<ObjectRow[]> {
  if (usccs.length === 0) return [];
  const rows = await objectRows(db, scope).where('object.uscc', 'in', usccs).execute();
  return rows as ObjectRow[];
}

/**
 * Insert or update by USCC (idempotent), and make sure `agencyId` supervises each row.
 * Returns the id of every row written, keyed by USCC.
 */
/** Columns an upsert overwrites when the caller does not narrow them (the key is never overwritten). */
export const OBJECT_UPDATE_COLUMNS: readonly (keyof ObjectFields)[] = OBJECT_UPDATABLE_FIELDS;

export async function upsertObjects(
  db: Executor,
  scope: RegionScope,
  records: ObjectFields[],
  agencyId: string,
  at: Date,
  updateColumns: readonly (keyof ObjectFields)[] = OBJECT_UPDATE_COLUMNS,
): Promise<Map<string, string>> {
  const ids = await upsertByKey(db, scope, 'object', ['uscc'], records, updateColumns, { archivedAt: null, updatedAt: at });
  if (ids.size === 0) return ids;
  await db
    .insertInto('objectSupervision')
    .values([...ids.values()].map((objectId) => ({ regionCode: scope.regionCode, objectId, agencyId })))
    .onConflict((oc) => oc.columns(['regionCode', 'objectId', 'agencyId']).doNothing())
    .execute();
  return ids;
}
