import type { Generated, Updateable } from 'kysely';
import type { DB } from '../schema/database.js';
import type { Executor, RegionScope } from './executor.js';
import { byIdInRegion, type RegionTableWithId, type StatusOf } from './region-table.js';

/**
 * Update one row of a tenant table in the caller's region; with `fromStatus`, only while the row is
 * still in that status (two transitions must not both start from one state). True when it changed.
 */
export async function updateInRegion<T extends RegionTableWithId>(
  db: Executor,
  scope: RegionScope,
  table: T,
  id: string,
  patch: Updateable<DB[T]>,
  fromStatus?: StatusOf<T>,
): Promise<boolean> {
  let query = byIdInRegion(db)
    .updateTable(table as string)
    .set(patch as Updateable<{ status: Generated<string> }>)
    .where('regionCode', '=', scope.regionCode)
    .where('id', '=', id);
  if (fromStatus !== undefined) query = query.where('status', '=', fromStatus as string);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
