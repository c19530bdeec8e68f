import type { TagDimension } from '../schema/organisation.js';
import type { Executor, RegionScope } from './executor.js';
import { insertInRegion } from './insert-in-region.js';
import { updateInRegion } from './update-in-region.js';
import { rowsInRegion } from './rows-in-region.js';

export interface TagRow {
  id: string;
  regionCode: string;
  dimension: TagDimension;
  code: string;
  name: string;
  archivedAt: Date | null;
}

export async function listTags(
  db: Executor,
  scope: RegionScope,
  filter: { dimension?: TagDimension | undefined; includeArchived?: boolean | undefined },
): Promise<TagRow[]> {
  let query = rowsInRegion(db, scope, 'tag').selectAll();
  if (filter.dimension) query = query.where('dimension', '=', filter.dimension);
  if (!filter.includeArchived) query = query.where('archivedAt', 'is', null);
  return query.orderBy('dimension').orderBy('code').execute();
}

export async function getTag(db: Executor, scope: RegionScope, id: string): Promise<TagRow | undefined> {
  return rowsInRegion(db, scope, 'tag', { id }).selectAll().executeTakeFirst();
}

export async function findTagByCode(db: Executor, scope: RegionScope, dimension: TagDimension, code: string): Promise<TagRow | undefined> {
  return rowsInRegion(db, scope, 'tag', { dimension, code }).selectAll().executeTakeFirst();
}

export async function insertTag(db: Executor, scope: RegionScope, fields: { dimension: TagDimension; code: string; name: string }): Promise<string> {
  return insertInRegion(db, scope, 'tag', { ...fields });
}

export async function updateTag(db: Executor, scope: RegionScope, id: string, patch: { name?: string; archivedAt?: Date | null }): Promise<void> {
  await updateInRegion(db, scope, 'tag', id, patch);
}
