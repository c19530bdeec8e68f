import { type ItemFields, ITEM_UPDATABLE_FIELDS } from '@liancha/domain';
import type { ItemCategory } from '../schema/registries.js';
import type { Executor, RegionScope } from './executor.js';
import { upsertByKey } from './upsert.js';
import { type AccessFilter, whereEqual } from './list-query.js';
import { filteredListing, type GetRow, type ListPage } from './listing.js';
import { insertInRegion } from './insert-in-region.js';
import { updateInRegion } from './update-in-region.js';
import { rowsInRegion } from './rows-in-region.js';
import { registryRows, type RegistryFilter } from './registry-rows.js';

export const ITEM_SORT_FIELDS = ['code', 'name', 'category', 'updatedAt'] as const;
export type ItemSortField = (typeof ITEM_SORT_FIELDS)[number];

export interface ItemFilter extends RegistryFilter {
  agencyId?: string | undefined;
  category?: ItemCategory | undefined;
  sectorCode?: string | undefined;
  published?: boolean | undefined;
}

/** The fields an item row is written with: the domain's shape. */
export type { ItemFields };

export interface ItemRow extends ItemFields {
  id: string;
  regionCode: string;
  agencyId: string;
  publishedAt: Date | null;
  archivedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

const COLUMNS = [
  'inspectionItem.id',
  'inspectionItem.regionCode',
  'inspectionItem.agencyId',
  'inspectionItem.code',
  'inspectionItem.name',
  'inspectionItem.subItems',
  'inspectionItem.legalBasis',
  'inspectionItem.category',
  'inspectionItem.ratioBp',
  'inspectionItem.frequency',
  'inspectionItem.method',
  'inspectionItem.requiredExpertise',
  'inspectionItem.applicableSectors',
  'inspectionItem.publishedAt',
  'inspectionItem.archivedAt',
  'inspectionItem.createdAt',
  'inspectionItem.updatedAt',
] as const;

function filtered(db: Executor, scope: RegionScope, access: AccessFilter<'inspectionItem'>, filter: ItemFilter) {
  let query = registryRows(db, scope, 'inspectionItem', access, filter);
  query = whereEqual(query, 'inspectionItem', { agencyId: filter.agencyId, category: filter.category });
  if (filter.sectorCode) {
    const sector = filter.sectorCode;
    query = query.where((eb) => eb(eb.val(sector), '=', eb.fn.any('inspectionItem.applicableSectors')));
  }
  if (filter.published !== undefined) query = query.where('inspectionItem.publishedAt', filter.published ? 'is not' : 'is', null);
  return query;
}

const items = filteredListing('inspectionItem', filtered, (base) => base.select(COLUMNS), { includeArchived: true });

export const listItems: ListPage<'inspectionItem', ItemSortField, ItemFilter, ItemRow> = items.list;

export const getItem: GetRow<'inspectionItem', ItemRow> = items.get;

export async function findItemByCode(db: Executor, scope: RegionScope, agencyId: string, code: string): Promise<{ id: string } | undefined> {
  return rowsInRegion(db, scope, 'inspectionItem', { agencyId, code }).select('id').executeTakeFirst();
}

export async function insertItem(db: Executor, scope: RegionScope, agencyId: string, fields: ItemFields): Promise<string> {
  return insertInRegion(db, scope, 'inspectionItem', { ...fields, agencyId });
}

/** A changed item is no longer the published one: it has to be published again. */
export async function updateItem(db: Executor, scope: RegionScope, id: string, patch: Partial<ItemFields>, at: Date): Promise<void> {
  await updateInRegion(db, scope, 'inspectionItem', id, { ...patch, publishedAt: null, updatedAt: at });
}

export async function archiveItem(db: Executor, scope: RegionScope, id: string, at: Date): Promise<void> {
  await updateInRegion(db, scope, 'inspectionItem', id, { archivedAt: at, updatedAt: at });
}

export async function publishItem(db: Executor, scope: RegionScope, id: string, at: Date): Promise<void> {
  await updateInRegion(db, scope, 'inspectionItem', id, { publishedAt: at, updatedAt: at });
}

export async function findItemsByCodes(db: Executor, scope: RegionScope, agencyId: string, codes: string[]): Promise<ItemRow[]> {
  if (codes.length === 0) return [];
  return rowsInRegion(db, scope, 'inspectionItem', { agencyId }).select(COLUMNS).where('inspectionItem.code', 'in', codes).execute();
}

/** Insert or update by (agency, code). A changed item loses its publication: it must be published again. */
/** Columns an upsert overwrites when the caller does not narrow them (the key is never overwritten). */
export const ITEM_UPDATE_COLUMNS: readonly (keyof ItemFields)[] = ITEM_UPDATABLE_FIELDS;

export async function upsertItems(
  db: Executor,
  scope: RegionScope,
  agencyId: string,
  records: ItemFields[],
  at: Date,
  updateColumns: readonly (keyof ItemFields)[] = ITEM_UPDATE_COLUMNS,
): Promise<Map<string, string>> {
  const rows = records.map((r) => ({ ...r, agencyId }));
  return upsertByKey(db, scope, 'inspectionItem', ['agencyId', 'code'], rows, updateColumns, { publishedAt: null, archivedAt: null, updatedAt: at });
}

/** An agency's 随机抽查事项清单 as it stands: its published, not archived items, by code. */
export async function listPublishedItemsOfAgency(
  db: Executor,
  scope: RegionScope,
  access: AccessFilter<'inspectionItem'>,
  agencyId: string,
): Promise<ItemRow[]> {
  return filtered(db, scope, access, { agencyId, published: true }).select(COLUMNS).orderBy('inspectionItem.code').execute();
}
