import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { makeObject, makeSector, makeTownship, seedAgency, seedRegion, testDbKind } from '../testing/index.js';
import { suiteDb } from '../test-support/suite-db.js';
import { addSupervision, removeSupervision } from './object.repository.js';
import { getRegionOverview } from './region.repository.js';

const REGION = '350881';
const OTHER = '350802';
const scope = { regionCode: REGION };

interface Tally {
  key: string;
  n: number;
}

describe(`object tallies kept as objects change, on ${testDbKind()}`, () => {
  let agencies: { a: string; b: string };
  const handle = suiteDb(async (db) => {
    await seedRegion(db, REGION, '漳平市');
    await seedRegion(db, OTHER, '新罗区');
    for (const code of ['tally_a', 'tally_b']) await makeSector(db, { code, name: `行业${code}` });
    for (const region of [REGION, OTHER]) await makeTownship(db, { regionCode: region, code: `${region}100`, name: '菁城街道' });
    agencies = { a: (await seedAgency(db, REGION, { code: 'a' })).id, b: (await seedAgency(db, REGION, { code: 'b' })).id };
  });

  // What the counters must hold: the same grouping, counted from the rows.
  const recounted = async (): Promise<{ objects: Tally[]; supervision: Tally[] }> => {
    const objects = await sql<Tally>`
      select concat_ws('|', region_code, sector_code, supervision_category, status, archived_at is not null) as key, count(*)::int as n
      from object group by 1 order by 1`.execute(handle.db);
    const supervision = await sql<Tally>`
      select concat_ws('|', o.region_code, s.agency_id, o.sector_code, o.supervision_category, o.status, o.archived_at is not null) as key, count(*)::int as n
      from object o join object_supervision s on s.region_code = o.region_code and s.object_id = o.id group by 1 order by 1`.execute(handle.db);
    return { objects: objects.rows, supervision: supervision.rows };
  };
  const kept = async (): Promise<{ objects: Tally[]; supervision: Tally[] }> => {
    const objects = await sql<Tally>`
      select concat_ws('|', region_code, sector_code, supervision_category, status, archived) as key, n::int as n
      from object_tally where n > 0 order by 1`.execute(handle.db);
    const supervision = await sql<Tally>`
      select concat_ws('|', region_code, agency_id, sector_code, supervision_category, status, archived) as key, n::int as n
      from supervision_tally where n > 0 order by 1`.execute(handle.db);
    return { objects: objects.rows, supervision: supervision.rows };
  };
  const agree = async (step: string) => expect(await kept(), step).toEqual(await recounted());

  it('equals a recount after inserts, links, moves, archiving, status changes and deletes, in every region', async () => {
    const db = handle.db;
    const make = (regionCode: string, sectorCode: string, supervisors: string[]) =>
      makeObject(db, { regionCode, supervisors, sectorCode, townshipCode: `${regionCode}100` });
    const ids = [];
    for (let i = 0; i < 6; i++) ids.push(await make(REGION, i % 2 ? 'tally_a' : 'tally_b', i % 3 ? [agencies.a] : [agencies.a, agencies.b]));
    await make(OTHER, 'tally_a', []);
    await agree('inserted');
    expect((await kept()).objects.length).toBeGreaterThan(0);

    // Several rows in one statement, as an import writes them.
    await db.updateTable('object').set({ sectorCode: 'tally_a' }).where('id', 'in', ids.slice(0, 4)).execute();
    await agree('moved to another sector');
    await addSupervision(db, scope, ids[1]!, agencies.b);
    await removeSupervision(db, scope, ids[0]!, agencies.a);
    await agree('links added and removed');
    await db.updateTable('objectSupervision').set({ agencyId: agencies.b }).where('objectId', '=', ids[2]!).execute();
    await agree('a link moved to another agency');
    await db.updateTable('object').set({ archivedAt: new Date() }).where('id', '=', ids[3]!).execute();
    await db.updateTable('object').set({ status: 'suspended', supervisionCategory: 'key' }).where('id', '=', ids[4]!).execute();
    await agree('archived, suspended, made a key unit');
    await db.updateTable('object').set({ lastInspectedOn: '2026-03-01' }).execute();
    await agree('a change that moves no counter');
    await db.deleteFrom('objectSupervision').where('objectId', '=', ids[5]!).execute();
    await db.deleteFrom('object').where('id', '=', ids[5]!).execute();
    await agree('deleted');

    // A recount from the rows gives what the triggers kept.
    const before = await kept();
    await sql`select liancha_recount_tallies(${REGION})`.execute(db);
    expect(await kept()).toEqual(before);
  });

  it('gives the public region overview its counts per sector', async () => {
    const overview = await getRegionOverview(handle.db, scope);
    const live = await sql<{ sectorCode: string; count: number }>`
      select sector_code, count(*)::int as count from object where region_code = ${REGION} and archived_at is null group by 1 order by 1`.execute(handle.db);
    expect(
      overview?.objectsBySector.map((r) => ({ sectorCode: r.sectorCode, count: r.count })).sort((x, y) => x.sectorCode.localeCompare(y.sectorCode)),
    ).toEqual(live.rows);
    expect(overview?.objectTotal).toBe(live.rows.reduce((sum, r) => sum + r.count, 0));
  });
});
