import { describe, expect, it } from 'vitest';
import { applyDecisions, proposalKey, similarEntries } from './proposals.js';
import { csv, utf8 } from './test-support/encode.js';
import { parse } from './test-support/parse.js';
import { REFERENCE, usccOf } from './test-support/reference.js';
import { sheetColumns } from './test-support/sheet-columns.js';
import type { PendingValue } from './types.js';

const { header: HEADER, row } = sheetColumns({
  uscc: '统一社会信用代码',
  name: '企业名称',
  township: '属地乡镇（街道）',
  sector: '行业领域',
  sub: '细分行业',
  risk: '风险等级',
  tags: '标签',
});
const base = { name: '某公司', township: '菁城街道', risk: 'B' };

describe('words of open lists', () => {
  it('turns unknown sub-sectors and tags into proposals with row counts and similar entries', async () => {
    const bytes = utf8(
      csv([
        HEADER,
        row({ ...base, uscc: usccOf(1), sector: '危险化学品', sub: '油漆经营' }),
        row({ ...base, uscc: usccOf(2), sector: '危险化学品', sub: ' 油漆经营 ' }),
        row({ ...base, uscc: usccOf(3), sector: '工贸', sub: '陶瓷制造', tags: '规模以上企业、粉尘涉爆' }),
        row({ ...base, uscc: usccOf(4), sector: '工贸', sub: '油漆经营' }),
        // A row with a fault is refused; its new word is not proposed.
        row({ ...base, uscc: usccOf(5), sector: '工贸', sub: '竹木加工', risk: 'E' }),
      ]),
    );
    const outcome = await parse('object', bytes, 'objects.csv');
    expect(outcome.issues.map((i) => i.row)).toEqual([6]);
    expect(outcome.records.map((r) => r.row)).toEqual([2, 3, 4, 5]);
    expect(outcome.records[0]!.record.subSectorCode).toBeNull();
    expect(outcome.proposals).toEqual([
      // One proposal per word and main sector: 油漆经营 under 工贸 is another decision.
      {
        list: 'subSector',
        parentCode: 'hazardous_chemicals',
        text: '油漆经营',
        rows: 2,
        firstRow: 2,
        suggestions: [{ code: 'hazardous_chemicals.trading', name: '危险化学品经营（不带储存）' }],
      },
      { list: 'subSector', parentCode: 'industry_trade', text: '陶瓷制造', rows: 1, firstRow: 4, suggestions: [] },
      { list: 'objectTag', parentCode: null, text: '粉尘涉爆', rows: 1, firstRow: 4, suggestions: [] },
      { list: 'subSector', parentCode: 'industry_trade', text: '油漆经营', rows: 1, firstRow: 5, suggestions: [] },
    ]);
  });

  it('ranks similar names by shared character pairs, then shared characters, and leaves out unrelated ones', () => {
    const entries = [
      { code: 'a', name: '烟花爆竹零售' },
      { code: 'b', name: '危险化学品经营（不带储存）' },
      { code: 'c', name: '危险化学品生产' },
    ];
    expect(similarEntries('化学品经营', entries).map((e) => e.code)).toEqual(['b', 'c']);
    expect(similarEntries('木材', entries)).toEqual([]);
  });

  it('puts decided codes into the rows and keeps undecided rows apart', async () => {
    const bytes = utf8(
      csv([
        HEADER,
        row({ ...base, uscc: usccOf(1), sector: '危险化学品', sub: '油漆经营', tags: '重大危险源、夜间作业' }),
        row({ ...base, uscc: usccOf(2), sector: '工贸', sub: '陶瓷制造' }),
        row({ ...base, uscc: usccOf(3), sector: '工贸', sub: '冶金' }),
      ]),
    );
    const outcome = await parse('object', bytes, 'objects.csv');
    const decided = new Map([
      [proposalKey('subSector', 'hazardous_chemicals', '油漆经营'), 'hazardous_chemicals.trading'],
      [proposalKey('objectTag', null, '夜间作业'), 'night_work'],
    ]);
    const { ready, undecided } = applyDecisions(outcome.records, (v: PendingValue) => decided.get(proposalKey(v.list, v.parentCode, v.text)));
    expect(ready.map((r) => [r.row, r.record.subSectorCode, r.record.tags, r.pending])).toEqual([
      [2, 'hazardous_chemicals.trading', ['major_hazard_source', 'night_work'], undefined],
      [4, 'industry_trade.metallurgy', [], undefined],
    ]);
    expect(undecided.map((r) => r.row)).toEqual([3]);
  });

  it('keeps the closed lists closed, naming the allowed words', async () => {
    const outcome = await parse('object', utf8(csv([HEADER, row({ ...base, uscc: usccOf(1), sector: '陶瓷', township: '城关镇' })])), 'o.csv');
    expect(outcome.proposals).toEqual([]);
    expect(outcome.issues.map((i) => i.message)).toEqual([
      '未知的乡镇（街道）“城关镇”，应填写以下之一：菁城街道、桂林街道、永福镇、官田乡',
      `未知的行业领域“陶瓷”，应填写以下之一：${REFERENCE.sectors
        .filter((s) => s.parentCode === null)
        .map((s) => s.name)
        .join('、')}`,
    ]);
  });
});
