import { sql } from 'kysely';
import { type InspectorFieldsBase, INSPECTOR_UPDATABLE_FIELDS } from '@liancha/domain';
import type { InspectorStatus } from '../schema/registries.js';
import type { Executor, RegionScope } from './executor.js';
import { upsertByKey } from './upsert.js';
import { type AccessFilter, whereEqual } from './list-query.js';
import { filteredListing, type GetRow, type ListPage } from './listing.js';
import { insertInRegion } from './insert-in-region.js';
import { updateInRegion } from './update-in-region.js';
import { rowsInRegion } from './rows-in-region.js';
import { registryRows, type RegistryFilter } from './registry-rows.js';

export const INSPECTOR_SORT_FIELDS = ['name', 'certificateNo', 'certificateExpiry', 'status', 'updatedAt'] as const;
export type InspectorSortField = (typeof INSPECTOR_SORT_FIELDS)[number];

export interface InspectorFilter extends RegistryFilter {
  agencyId?: string | undefined;
  unitId?: string | undefined;
  expertise?: string | undefined;
  statuses?: InspectorStatus[] | undefined;
  isExpert?: boolean | undefined;
  /** Only certificates valid on this date ('YYYY-MM-DD'). */
  validOn?: string | undefined;
}

/** The domain's inspector fields, the unit named by its id. */
export interface InspectorFields extends InspectorFieldsBase {
  unitId: string | null;
}

export interface InspectorRow extends InspectorFields {
  id: string;
  regionCode: string;
  agencyId: string;
  userId: string | null;
  archivedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

const COLUMNS = [
  'inspector.id',
  'inspector.regionCode',
  'inspector.agencyId',
  'inspector.unitId',
  'inspector.userId',
  'inspector.name',
  'inspector.gender',
  'inspector.certificateNo',
  'inspector.certificateExpiry',
  'inspector.expertise',
  'inspector.isExpert',
  'inspector.status',
  'inspector.homeTownshipCode',
  'inspector.phone',
  'inspector.archivedAt',
  'inspector.createdAt',
  'inspector.updatedAt',
] as const;

function filtered(db: Executor, scope: RegionScope, access: AccessFilter<'inspector'>, filter: InspectorFilter) {
  let query = registryRows(db, scope, 'inspector', access, filter);
  query = whereEqual(query, 'inspector', { agencyId: filter.agencyId, unitId: filter.unitId, isExpert: filter.isExpert });
  if (filter.expertise) query = query.where(sql<boolean>`${filter.expertise} = any(inspector.expertise)`);
  if (filter.statuses?.length) query = query.where('inspector.status', 'in', filter.statuses);
  if (filter.validOn) query = query.where('inspector.certificateExpiry', '>=', filter.validOn);
  return query;
}

/** A province holds tens of thousands of inspectors: past a thousand by the planner's estimate the total is estimated. */
const inspectors = filteredListing(
  'inspector',
  filtered,
  (base) => base.select(COLUMNS),
  { includeArchived: true },
  { countCap: 10_000, estimateAbove: 1_000 },
);

export const listInspectors: ListPage<'inspector', InspectorSortField, InspectorFilter, InspectorRow> = inspectors.list;

export const getInspector: GetRow<'inspector', InspectorRow> = inspectors.get;

/** Certificate numbers are unique in a region whichever agency holds them. */
export async function findInspectorByCertificate(
  db: Executor,
  scope: RegionScope,
  certificateNo: string,
): Promise<{ id: string; agencyId: string } | undefined> {
  return rowsInRegion(db, scope, 'inspector', { certificateNo }).select(['id', 'agencyId']).executeTakeFirst();
}

export async function insertInspector(db: Executor, scope: RegionScope, agencyId: string, fields: InspectorFields): Promise<string> {
  return insertInRegion(db, scope, 'inspector', { ...fields, agencyId });
}

export async function updateInspector(db: Executor, scope: RegionScope, id: string, patch: Partial<InspectorFields>, at: Date): Promise<void> {
  await updateInRegion(db, scope, 'inspector', id, { ...patch, updatedAt: at });
}

export async function archiveInspector(db: Executor, scope: RegionScope, id: string, at: Date): Promise<void> {
  await updateInRegion(db, scope, 'inspector', id, { archivedAt: at, updatedAt: at });
}

export async function findInspectorsByCertificates(db: Executor, scope: RegionScope, certificateNos: string[]): Promise<InspectorRow[]> {
  if (certificateNos.length === 0) return [];
  return rowsInRegion(db, scope, 'inspector').select(COLUMNS).where('inspector.certificateNo', 'in', certificateNos).execute();
}

/** Insert or update by certificate number within one agency (the caller has checked no other agency holds them). */
/** Columns an upsert overwrites when the caller does not narrow them (the key is never overwritten). */
export const INSPECTOR_UPDATE_COLUMNS: readonly (keyof InspectorFields)[] = [...INSPECTOR_UPDATABLE_FIELDS, 'unitId'];

export async function upsertInspectors(
  db: Executor,
  scope: RegionScope,
  agencyId: string,
  records: InspectorFields[],
  at: Date,
  updateColumns: readonly (keyof InspectorFields)[] = INSPECTOR_UPDATE_COLUMNS,
): Promise<Map<string, string>> {
  const rows = records.map((r) => ({ ...r, agencyId }));
  return upsertByKey(db, scope, 'inspector', ['certificateNo'], rows, updateColumns, { archivedAt: null, updatedAt: at });
}
