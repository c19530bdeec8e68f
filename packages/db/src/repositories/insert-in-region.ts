import type { Insertable } from 'kysely';
import type { DB } from '../schema/database.js';
import type { Executor, RegionScope } from './executor.js';
import { byIdInRegion, type RegionTableWithId } from './region-table.js';

/** Insert one row of a tenant table into the caller's region and return its generated id. */
export async function insertInRegion<T extends RegionTableWithId>(
  db: Executor,
  scope: RegionScope,
  table: T,
  values: Omit<Insertable<DB[T]>, 'regionCode'>,
): Promise<string> {
  const row = await byIdInRegion(db)
    .insertInto(table as string)
    .values({ ...values, regionCode: scope.regionCode })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
