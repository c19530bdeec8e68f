import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { seedAgency, seedRegion, seedUser, testDbKind } from '../testing/index.js';
import { suiteDb } from '../test-support/suite-db.js';
import { EVERY_ROW } from './list-query.js';
import { insertPublication, listPublications } from './publication.repository.js';

const REGION = '350881';
const COUNT = 620;
const START = Date.parse('2025-01-01T00:00:00Z');

/** Publication n: newer with n; every other one names a company, every fifth a mine, the oldest a rare word. */
function title(n: number): string {
  return [`通知第${n}号`, n % 2 === 0 ? '某某有限公司' : '', n % 5 === 0 ? '矿山' : '', n === 0 ? '稀有词' : ''].join('');
}

/**
 * The public search answers from the newest notices when a page of matches is among them, else
 * through the text index: both must give what a plain scan of every notice gives, page by page.
 */
describe(`searching publications, newest first, on ${testDbKind()}`, () => {
  const handle = suiteDb(async (db) => {
    await seedRegion(db, REGION, '漳平市');
    const agency = (await seedAgency(db, REGION, { code: 'a' })).id;
    const coordinator = (await seedUser(db, { regionCode: REGION, agencyId: agency, roles: ['coordinator'], passwordHash: 'x' })).id;
    for (let n = 0; n < COUNT; n++) {
      await insertPublication(
        db,
        { regionCode: REGION },
        {
          agencyId: agency,
          kind: 'result',
          subjectId: randomUUID(),
          title: title(n),
          payload: { n },
          dueOn: null,
          publishedAt: new Date(START + n * 60_000),
          publishedBy: coordinator,
          correctsId: null,
        },
      );
    }
  });

  const oracle = (text: string) =>
    Array.from({ length: COUNT }, (_, n) => COUNT - 1 - n)
      .filter((n) => title(n).includes(text))
      .map(title);

  it('gives the same pages as a scan of every notice, for common, rarer and rare words, near and far pages', async () => {
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
      const result = await listPublications(handle.db, { regionCode: REGION }, EVERY_ROW, { page, pageSize, filter: { search: text } });
      const expected = oracle(text);
      expect(
        result.rows.map((r) => r.title),
        `${text} page ${page}`,
      ).toEqual(expected.slice((page - 1) * pageSize, page * pageSize));
      expect(result.total, `${text} total`).toBe(expected.length);
    }
  });
});
