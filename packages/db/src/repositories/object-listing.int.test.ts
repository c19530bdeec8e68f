import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { makeObject, makeSector, makeTownship, seedAgency, seedRegion, testDbKind } from '../testing/index.js';
import { suiteDb } from '../test-support/suite-db.js';
import { countOrEstimate, countUpTo, EVERY_ROW, type Cursor } from './list-query.js';
import { listInspectors } from './inspector.repository.js';
import { addSupervision, listObjects, removeSupervision, type ObjectSortField } from './object.repository.js';

const REGION = '350881';
const scope = { regionCode: REGION };

describe(`the object registry at scale, on ${testDbKind()}`, () => {
  let agencies: { a: string; b: string };
  const ids: string[] = [];
  const handle = suiteDb(async (db) => {
    await seedRegion(db, REGION, '漳平市');
    await makeSector(db, { code: 'scale', name: '测试行业' });
    await makeTownship(db, { regionCode: REGION, code: '350881100', name: '菁城街道' });
    agencies = { a: (await seedAgency(db, REGION, { code: 'a' })).id, b: (await seedAgency(db, REGION, { code: 'b' })).id };
    // Names repeat (ties broken by id) and half the objects were never inspected (NULLs in that order).
    for (let i = 0; i < 23; i++) {
      const id = await makeObject(db, {
        regionCode: REGION,
        supervisors: [agencies.a],
        name: `企业${String(i % 7).padStart(2, '0')}`,
        townshipCode: '350881100',
        sectorCode: 'scale',
      });
      if (i % 2 === 0)
        await db
          .updateTable('object')
          .set({ lastInspectedOn: `2026-0${(i % 9) + 1}-01` })
          .where('id', '=', id)
          .execute();
      ids.push(id);
    }
  });

  it('keeps supervising_agency_ids equal to the supervision links, sorted, through insert and delete', async () => {
    const db = handle.db;
    const [first] = ids;
    const column = async () =>
      (await db.selectFrom('object').select('supervisingAgencyIds').where('id', '=', first!).executeTakeFirstOrThrow()).supervisingAgencyIds;
    expect(await column()).toEqual([agencies.a]);
    await addSupervision(db, scope, first!, agencies.b);
    expect(await column()).toEqual([agencies.a, agencies.b].sort());
    await removeSupervision(db, scope, first!, agencies.a);
    expect(await column()).toEqual([agencies.b]);
    await db.updateTable('objectSupervision').set({ agencyId: agencies.a }).where('objectId', '=', first!).execute();
    expect(await column()).toEqual([agencies.a]);
    const drift = await sql<{ n: number }>`
      select count(*)::int as n from object o
       where o.supervising_agency_ids is distinct from coalesce(
         (select array_agg(s.agency_id::text order by s.agency_id) from object_supervision s where s.object_id = o.id), '{}')`.execute(db);
    expect(drift.rows[0]?.n).toBe(0);
  });

  const orders: [ObjectSortField, 'asc' | 'desc'][] = [
    ['name', 'asc'],
    ['name', 'desc'],
    ['lastInspectedOn', 'asc'],
    ['lastInspectedOn', 'desc'],
    ['updatedAt', 'desc'],
  ];
  it.each(orders)('pages by %s %s read with a cursor equal the pages read by offset', async (field, direction) => {
    const request = { pageSize: 5, sort: { field, direction }, filter: { supervisedBy: agencies.a } };
    const byOffset: string[] = [];
    for (let page = 1; page <= 5; page++) byOffset.push(...(await listObjects(handle.db, scope, EVERY_ROW, { ...request, page })).rows.map((r) => r.id));
    const byCursor: string[] = [];
    let after: Cursor | undefined;
    for (let page = 1; page <= 6; page++) {
      const result = await listObjects(handle.db, scope, EVERY_ROW, { ...request, page, after });
      byCursor.push(...result.rows.map((r) => r.id));
      if (!result.nextCursor) break;
      after = result.nextCursor;
    }
    expect(byOffset).toHaveLength(23);
    expect(byCursor).toEqual(byOffset);
  });

  it('gives cursors only where the listing pages by them: elsewhere a nullable order would skip rows', async () => {
    const inspectors = await listInspectors(handle.db, scope, EVERY_ROW, {
      page: 1,
      pageSize: 1,
      sort: { field: 'name', direction: 'asc' },
      filter: {},
      after: { value: null, id: ids[0]! },
    });
    expect(inspectors.nextCursor).toBeUndefined();
  });

  it('counts up to the cap and says when it stopped there', async () => {
    const all = await listObjects(handle.db, scope, EVERY_ROW, { page: 1, pageSize: 5, sort: { field: 'name', direction: 'asc' }, filter: {} });
    expect(all).toMatchObject({ total: 23, totalCapped: false });
    expect(all.nextCursor).toEqual({ value: all.rows[4]!.name, id: all.rows[4]!.id });
    const onlyB = await listObjects(handle.db, scope, EVERY_ROW, {
      page: 1,
      pageSize: 5,
      sort: { field: 'name', direction: 'asc' },
      filter: { supervisedBy: agencies.b },
    });
    expect(onlyB).toMatchObject({ total: 0, totalCapped: false, rows: [] });
    expect(onlyB.nextCursor).toBeUndefined();
    const rows = handle.db.selectFrom('object').where('regionCode', '=', REGION);
    expect(await countUpTo(handle.db, rows, 10)).toEqual({ total: 10, totalCapped: true });
    expect(await countUpTo(handle.db, rows, 23)).toEqual({ total: 23, totalCapped: false });
  });

  it('estimates the total when the planner expects more rows than the cap, and counts otherwise', async () => {
    await sql`analyze object`.execute(handle.db);
    const rows = handle.db.selectFrom('object').where('regionCode', '=', REGION);
    const estimated = await countOrEstimate(handle.db, rows, 5);
    expect(estimated).toMatchObject({ totalEstimated: true, totalCapped: false });
    expect(estimated.total).toBeGreaterThan(5);
    expect(estimated.total).toBeLessThan(100);
    expect(await countOrEstimate(handle.db, rows, 1000)).toEqual({ total: 23, totalCapped: false });
    // A lower estimate threshold than the cap: estimated from a smaller expected figure, counted below it.
    expect(await countOrEstimate(handle.db, rows, 1000, 5)).toMatchObject({ totalEstimated: true });
    expect(await countOrEstimate(handle.db, rows, 1000, 100)).toEqual({ total: 23, totalCapped: false });
  });
});
