import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { makeObject, makeSector, makeTownship, seedAgency, seedRegion, testDbKind } from '../testing/index.js';
import { suiteDb } from '../test-support/suite-db.js';
import { EVERY_ROW } from './list-query.js';
import { listObjects } from './object.repository.js';
import { containsText, objectMatches } from './text-search.js';

const REGION = '350881';
const NAMES = ['漳平市应急管理局', '福建漳平矿业有限公司', '漳平ABC化工', '永福茶叶合作社', '龙岩市100%纯净水厂', 'abc_trade 商行', '矿'];

describe(`searching names and USCCs through indexes, on ${testDbKind()}`, () => {
  const handle = suiteDb(async (db) => {
    await seedRegion(db, REGION, '漳平市');
    await makeSector(db, { code: 'search', name: '测试行业' });
    await makeTownship(db, { regionCode: REGION, code: '350881100', name: '菁城街道' });
    const agency = (await seedAgency(db, REGION, { code: 'a' })).id;
    for (const name of NAMES) await makeObject(db, { regionCode: REGION, supervisors: [agency], name, sectorCode: 'search', townshipCode: '350881100' });
  });

  const names = async (where: ReturnType<typeof objectMatches>) =>
    (await handle.db.selectFrom('object as o').select('o.name').where(where).orderBy('o.name').execute()).map((r) => r.name);

  it('finds exactly what ILIKE finds, for fragments of one, two and more characters, any case, % and _ taken literally', async () => {
    for (const text of ['矿', '漳平', '应急管理', 'abc', 'ABC', 'c_t', '100%', '平矿', '漳平市应急管理局', '管理局X', '茶叶合']) {
      const expected = NAMES.filter((n) => n.toLowerCase().includes(text.toLowerCase())).sort();
      expect(await names(containsText(sql.ref('o.name'), text, true)), text).toEqual([...expected].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    }
  });

  it('reads the name index (the query names the index expression exactly), and matches a USCC prefix in any case', async () => {
    const uscc = (await handle.db.selectFrom('object').select('uscc').where('name', '=', '矿').executeTakeFirstOrThrow()).uscc;
    // The tables are tiny: forbid the sequential scan (and plain index scans) so the plan shows what the index can serve.
    const plan = (where: ReturnType<typeof objectMatches>) =>
      handle.db.transaction().execute(async (trx) => {
        await sql`set local enable_seqscan = off`.execute(trx);
        await sql`set local enable_indexscan = off`.execute(trx);
        const explained = await sql<{ 'QUERY PLAN': string }>`explain select id from object o where ${where}`.execute(trx);
        return explained.rows.map((r) => r['QUERY PLAN']).join('\n');
      });
    expect(await plan(containsText(sql.ref('o.name'), '漳平', true))).toContain('object_name_grams_idx');
    expect(await names(objectMatches('o', uscc.slice(0, 12).toLowerCase()))).toEqual(['矿']);
  });

  it('serves the registry search: a two-character fragment and a USCC prefix', async () => {
    const page = (search: string) =>
      listObjects(handle.db, { regionCode: REGION }, EVERY_ROW, { page: 1, pageSize: 50, sort: { field: 'name', direction: 'asc' }, filter: { search } });
    expect((await page('矿业')).rows.map((r) => r.name)).toEqual(['福建漳平矿业有限公司']);
    const uscc = (await handle.db.selectFrom('object').select('uscc').where('name', '=', '永福茶叶合作社').executeTakeFirstOrThrow()).uscc;
    expect((await page(uscc.slice(0, 14))).rows.map((r) => r.name)).toEqual(['永福茶叶合作社']);
  });
});
