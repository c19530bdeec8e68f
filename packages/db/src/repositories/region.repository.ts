import { sql } from 'kysely';
import type { Executor, RegionScope } from './executor.js';
import { rowsInRegion } from './rows-in-region.js';

export interface RegionOverview {
  code: string;
  name: string;
  agencies: { id: string; code: string; name: string; shortName: string }[];
  objectsBySector: { sectorCode: string; sectorName: string; count: number }[];
  objectTotal: number;
}

export async function listRegions(db: Executor): Promise<{ code: string; name: string; level: string }[]> {
  return db.selectFrom('region').select(['code', 'name', 'level']).orderBy('code').execute();
}

/** Public facts of a region: its agencies and the size of its object directory per sector. */
export async function getRegionOverview(db: Executor, scope: RegionScope): Promise<RegionOverview | undefined> {
  const region = await db.selectFrom('region').select(['code', 'name']).where('code', '=', scope.regionCode).executeTakeFirst();
  if (!region) return undefined;
  const agencies = await rowsInRegion(db, scope, 'agency').select(['id', 'code', 'name', 'shortName']).orderBy('code').execute();
  // Counted from object_tally, which triggers keep as objects change: not a million rows per view.
  const objectsBySector = await rowsInRegion(db, scope, 'objectTally as o')
    .innerJoin('sector as s', 's.code', 'o.sectorCode')
    .select(['o.sectorCode', 's.name as sectorName', sql<number>`sum(o.n)::int`.as('count')])
    .where('o.archived', '=', false)
    .groupBy(['o.sectorCode', 's.name', 's.sortOrder'])
    .having(sql`sum(o.n)`, '>', 0)
    .orderBy('s.sortOrder')
    .orderBy('o.sectorCode')
    .execute();
  const objectTotal = objectsBySector.reduce((sum, row) => sum + row.count, 0);
  return { ...region, agencies, objectsBySector, objectTotal };
}

export async function listAgencies(db: Executor, scope: RegionScope): Promise<{ id: string; code: string; name: string; shortName: string }[]> {
  return rowsInRegion(db, scope, 'agency').select(['id', 'code', 'name', 'shortName']).orderBy('code').execute();
}

/** One agency of the region, or undefined when the id names none there. */
export async function getAgency(db: Executor, scope: RegionScope, id: string): Promise<{ id: string; code: string; name: string } | undefined> {
  return rowsInRegion(db, scope, 'agency', { id }).select(['id', 'code', 'name']).executeTakeFirst();
}

export async function regionExists(db: Executor, regionCode: string): Promise<boolean> {
  return (await db.selectFrom('region').select('code').where('code', '=', regionCode).executeTakeFirst()) !== undefined;
}
