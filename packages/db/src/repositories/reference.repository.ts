import type { Executor, RegionScope } from './executor.js';

/** Codes and Chinese names that registry rows point at: sectors, townships, units, tags. */
export interface ReferenceRows {
  sectors: { code: string; name: string; parentCode: string | null }[];
  townships: { code: string; name: string }[];
  units: { id: string; agencyId: string; code: string; name: string }[];
  tags: { dimension: string; code: string; name: string }[];
}

export async function loadReference(db: Executor, scope: RegionScope): Promise<ReferenceRows> {
  const [sectors, townships, units, tags] = await Promise.all([
    db.selectFrom('sector').select(['code', 'name', 'parentCode']).orderBy('sortOrder').orderBy('code').execute(),
    db.selectFrom('township').select(['code', 'name']).where('regionCode', '=', scope.regionCode).orderBy('code').execute(),
    db.selectFrom('unit').select(['id', 'agencyId', 'code', 'name']).where('regionCode', '=', scope.regionCode).orderBy('code').execute(),
    db.selectFrom('tag').select(['dimension', 'code', 'name']).where('regionCode', '=', scope.regionCode).where('archivedAt', 'is', null).orderBy('code').execute(),
  ]);
  return { sectors, townships, units, tags };
}
