import { describe, expect, it } from 'vitest';
import { csv, utf8, xlsx } from './test-support/encode.js';
import { parse } from './test-support/parse.js';
import { usccOf } from './test-support/reference.js';
import type { ParsedRow } from './types.js';

const HEADER = ['统一社会信用代码', '企业名称', '属地乡镇（街道）', '行业领域', '细分行业', '风险等级'];
// 2,500 rows: every 7th has a bad 风险等级, every 100th a sub-sector word the reference does not know.
const rows = Array.from({ length: 2500 }, (_, i) => [usccOf(i), `企业${i}`, '菁城街道', '工贸', i % 100 === 0 ? '陶瓷制造' : '', i % 7 === 0 ? 'E' : 'B']);
const valid = rows.filter((_, i) => i % 7 !== 0).length;

describe('valid rows handed over as they are checked', () => {
  it.each([
    ['csv', () => Promise.resolve(utf8(csv([HEADER, ...rows])))],
    ['xlsx', () => xlsx([HEADER, ...rows])],
  ])('arrive in file order, about a thousand at a time, and are not kept in the outcome (%s)', async (format, build) => {
    const batches: ParsedRow<unknown>[][] = [];
    const outcome = await parse('object', await build(), `o.${format}`, {
      onRecords: async (batch) => {
        batches.push(batch);
      },
    });
    expect(outcome.records).toEqual([]);
    expect(outcome.recordCount).toBe(valid);
    expect(batches.length).toBeGreaterThan(2);
    expect(Math.max(...batches.map((b) => b.length))).toBeLessThanOrEqual(1000);
    const handed = batches.flat().map((r) => r.row);
    expect(handed).toHaveLength(valid);
    expect(handed).toEqual([...handed].sort((a, b) => a - b));
    expect(outcome.refused).toHaveLength(rows.length - valid);
    // The new word is still counted over every valid row, though none of them was kept.
    const ceramics = rows.filter((r, i) => r[4] === '陶瓷制造' && i % 7 !== 0).length;
    expect(outcome.proposals.map((p) => [p.text, p.rows])).toEqual([['陶瓷制造', ceramics]]);
  });

  it('keeps every valid row in the outcome when nobody takes them', async () => {
    const outcome = await parse('object', utf8(csv([HEADER, ...rows])), 'o.csv');
    expect(outcome.records).toHaveLength(valid);
    expect(outcome.recordCount).toBe(valid);
  });
});
