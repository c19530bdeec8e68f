import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Executor } from './executor.js';
import { seedAgency, seedRegion, seedUser, testDbKind } from '../testing/index.js';
import { suiteDb } from '../test-support/suite-db.js';
import { EVERY_ROW } from './list-query.js';
import { listPublications } from './publication.repository.js';

const START = Date.parse('2025-01-01T00:00:00Z');
/** Notices per region: more than the newest 500 the search tests first; more than a thousand (totals estimated); fewer than 500. */
const REGIONS = { '350881': 620, '350882': 2400, '350883': 30 } as const;
type Region = keyof typeof REGIONS;

/** Publication n: newer with n; every other one names a company, every fifth a mine, the oldest a rare word. */
function title(n: number): string {
  return [`通知第${n}号`, n % 2 === 0 ? '某某有限公司' : '', n % 5 === 0 ? '矿山' : '', n === 0 ? '稀有词' : ''].join('');
}

async function publish(db: Executor, region: Region): Promise<void> {
  await seedRegion(db, region, `测试${region}`);
  const agencyId = (await seedAgency(db, region, { code: 'a' })).id;
  const publishedBy = (await seedUser(db, { regionCode: region, agencyId, roles: ['coordinator'], passwordHash: 'x' })).id;
  const rows = Array.from({ length: REGIONS[region] }, (_, n) => ({
    regionCode: region,
    agencyId,
    kind: 'result' as const,
    subjectId: randomUUID(),
    title: title(n),
    payload: { n },
    dueOn: null,
    publishedAt: new Date(START + n * 60_000),
    publishedBy,
    correctsId: null,
  }));
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto('publication')
      .values(rows.slice(i, i + 500))
      .execute();
}

/**
 * The public search answers from the newest notices when a page of matches is among them, else
 * through the text index: both must give what a plain scan of every notice gives, page by page.
 */
describe(`searching publications, newest first, on ${testDbKind()}`, () => {
  const handle = suiteDb(async (db) => {
    for (const region of Object.keys(REGIONS) as Region[]) await publish(db, region);
    // The agency too: the list joins it, and a table never analyzed is estimated from its row width.
    await sql`analyze publication, agency`.execute(db);
  });

  const oracle = (region: Region, text: string) =>
    Array.from({ length: REGIONS[region] }, (_, n) => REGIONS[region] - 1 - n)
      .filter((n) => title(n).includes(text))
      .map(title);
  const search = (region: Region, text: string, page: number, pageSize: number) =>
    listPublications(handle.db, { regionCode: region }, EVERY_ROW, { page, pageSize, filter: { search: text } });

  it('gives the same pages and totals as a scan of every notice, for common, rarer and rare words, near and far pages', async () => {
    const cases: [text: string, page: number, pageSize: number][] = [
      ['有限公司', 1, 20], // a page among the newest
      ['有限公司', 12, 20], // the last page the newest can hold (rows 220–239 of 250 in the window)
      ['有限公司', 13, 20], // past what the newest hold: through the index
      ['有限公司', 16, 20],
      ['矿山', 1, 20],
      ['矿山', 6, 20],
      ['稀有词', 1, 20],
      ['第61', 1, 5],
      ['不存在', 1, 20],
    ];
    for (const [text, page, pageSize] of cases) {
      const result = await search('350881', text, page, pageSize);
      const expected = oracle('350881', text);
      expect(
        result.rows.map((r) => r.title),
        `${text} page ${page}`,
      ).toEqual(expected.slice((page - 1) * pageSize, page * pageSize));
      expect(result, `${text} total`).toMatchObject({ total: expected.length, totalCapped: false });
    }
  });

  it('counts exactly when the newest notices are all there are', async () => {
    for (const [text, page] of [
      ['有限公司', 1],
      ['有限公司', 2],
      ['稀有词', 1],
    ] as const) {
      const result = await search('350883', text, page, 10);
      const expected = oracle('350883', text);
      expect(result.rows.map((r) => r.title)).toEqual(expected.slice((page - 1) * 10, page * 10));
      expect(result).toMatchObject({ total: expected.length, totalCapped: false });
      expect(result.totalEstimated).toBeFalsy();
    }
  });

  it('estimates the total of a common word from its share of the newest notices, past a thousand', async () => {
    const result = await search('350882', '矿山', 1, 20);
    const expected = oracle('350882', '矿山');
    expect(result.rows.map((r) => r.title)).toEqual(expected.slice(0, 20));
    expect(result.totalEstimated).toBe(true);
    // A fifth of the newest 500 name a mine: about a fifth of all (the planner's row estimate is close, not exact).
    expect(Math.abs(result.total - expected.length)).toBeLessThan(expected.length * 0.2);
  });
});
