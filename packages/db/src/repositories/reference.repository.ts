import type { Executor, RegionScope } from './executor.js';
import type { AccessFilter } from './list-query.js';
import { rowsInRegion } from './rows-in-region.js';

/** Codes and Chinese names that registry rows point at: sectors, townships, units, tags. */
export interface ReferenceRows {
  sectors: { code: string; name: string; parentCode: string | null }[];
  townships: { code: string; name: string }[];
  units: { id: string; agencyId: string; code: string; name: string }[];
  tags: { dimension: string; code: string; name: string }[];
}

/** The national sectors and sub-sectors, and the sub-sectors this region added for its own files. */
function sectorsOf(db: Executor, scope: RegionScope) {
  return db
    .selectFrom('sector')
    .select(['code', 'name', 'parentCode'])
    .where((eb) => eb.or([eb('regionCode', 'is', null), eb('regionCode', '=', scope.regionCode)]))
    .orderBy('sortOrder')
    .orderBy('code')
    .execute();
}

export async function loadReference(db: Executor, scope: RegionScope): Promise<ReferenceRows> {
  const [sectors, townships, units, tags] = await Promise.all([
    sectorsOf(db, scope),
    rowsInRegion(db, scope, 'township').select(['code', 'name']).orderBy('code').execute(),
    rowsInRegion(db, scope, 'unit').select(['id', 'agencyId', 'code', 'name']).orderBy('code').execute(),
    rowsInRegion(db, scope, 'tag').select(['dimension', 'code', 'name']).where('archivedAt', 'is', null).orderBy('code').execute(),
  ]);
  return { sectors, townships, units, tags };
}

/** What a logged-in caller may know by name: `ReferenceRows` plus the region's agencies. */
export interface DirectoryRows extends ReferenceRows {
  agencies: { id: string; code: string; name: string; shortName: string }[];
}

/**
 * The directory in one query per list, each over a small reference table (never over objects or
 * inspectors): agencies, units and tags through the caller's abilities; sectors (with their
 * sub-sectors) are national and townships the region's, readable by every logged-in user.
 */
export async function loadDirectory(
  db: Executor,
  scope: RegionScope,
  access: { agency: AccessFilter<'agency'>; unit: AccessFilter<'unit'>; tag: AccessFilter<'tag'> },
): Promise<DirectoryRows> {
  const [agencies, sectors, townships, units, tags] = await Promise.all([
    rowsInRegion(db, scope, 'agency').select(['id', 'code', 'name', 'shortName']).where(access.agency).orderBy('code').execute(),
    sectorsOf(db, scope),
    rowsInRegion(db, scope, 'township').select(['code', 'name']).orderBy('code').execute(),
    rowsInRegion(db, scope, 'unit').select(['id', 'agencyId', 'code', 'name']).where(access.unit).orderBy('code').execute(),
    rowsInRegion(db, scope, 'tag').select(['dimension', 'code', 'name']).where('archivedAt', 'is', null).where(access.tag).orderBy('code').execute(),
  ]);
  return { agencies, sectors, townships, units, tags };
}
