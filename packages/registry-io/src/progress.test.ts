import { describe, expect, it } from 'vitest';
import { csv, utf8, xlsx } from './test-support/encode.js';
import { parse } from './test-support/parse.js';
import { usccOf } from './test-support/reference.js';
import type { ImportProgress } from './types.js';

const HEADER = ['统一社会信用代码', '企业名称', '属地乡镇（街道）', '行业领域', '风险等级'];
const rows = Array.from({ length: 2500 }, (_, i) => [usccOf(i), `企业${i}`, '菁城街道', '工贸', 'B']);

describe('progress', () => {
  it.each([
    ['csv', () => Promise.resolve(utf8(csv([HEADER, ...rows])))],
    ['xlsx', () => xlsx([HEADER, ...rows])],
  ])('is reported every 1,000 rows and at the end (rows are checked as they are read) (%s)', async (format, build) => {
    const calls: ImportProgress[] = [];
    const outcome = await parse('object', await build(), `o.${format}`, { onProgress: (p) => calls.push(p) });
    expect(outcome.records).toHaveLength(2500);
    expect(calls).toEqual([
      { phase: 'reading', done: 0, total: 2500 },
      { phase: 'reading', done: 1000, total: 2500 },
      { phase: 'reading', done: 2000, total: 2500 },
      { phase: 'reading', done: 2500, total: 2500 },
    ]);
  });

  it('corrects the estimate with the last call', async () => {
    const calls: ImportProgress[] = [];
    // The estimate counts line breaks, so a quoted line break inside a cell makes it one too many.
    const withAddress = rows.slice(0, 1200).map((r, i) => [...r, i === 5 ? '和平路\n88号' : '']);
    await parse('object', utf8(csv([[...HEADER, '注册地址'], ...withAddress])), 'o.csv', { onProgress: (p) => calls.push(p) });
    expect(calls.filter((p) => p.phase === 'reading')).toEqual([
      { phase: 'reading', done: 0, total: 1201 },
      { phase: 'reading', done: 1000, total: 1201 },
      { phase: 'reading', done: 1200, total: 1200 },
    ]);
  });
});
