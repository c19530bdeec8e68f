import { describe, expect, it } from 'vitest';
import { xlsx } from './test-support/encode.js';
import { parse, parseCsvRows } from './test-support/parse.js';
import { sheetColumns } from './test-support/sheet-columns.js';
import { OBJECTS, usccOf } from './test-support/reference.js';

const COLUMNS = {
  uscc: '统一社会信用代码',
  name: '企业名称',
  rep: '法定代表人',
  address: '注册地址',
  township: '属地乡镇（街道）',
  sector: '行业领域',
  sub: '细分行业',
  risk: '风险等级',
  category: '重点/一般',
  licence: '许可证号',
  expiry: '许可证有效期',
  status: '经营状态',
  tags: '标签',
  last: '上次检查日期',
};
const { header: HEADER, row } = sheetColumns(COLUMNS);
type Key = keyof typeof COLUMNS;
const base = { name: '某公司', township: '菁城街道', sector: '危险化学品', risk: 'B' };

describe('object rows', () => {
  it('reads a full row, mapping names to codes and words to values', async () => {
    const outcome = await parseCsvRows('object', [
      HEADER,
      row({
        uscc: usccOf(1),
        name: '漳平市菁城加油站有限公司',
        rep: '陈明华',
        address: '和平路88号',
        township: '菁城街道',
        sector: '危险化学品',
        sub: '加油站',
        risk: 'B类',
        category: '重点',
        licence: '闽岩漳安经（乙）字〔2024〕000123',
        expiry: '2027/6/30',
        status: '停产',
        tags: '重大危险源，规模以上企业',
        last: '2025年9月12日',
      }),
    ]);
    expect(outcome.issues).toEqual([]);
    expect(outcome.records).toEqual([
      {
        row: 2,
        // The reference gas station, as this row gives it: a short address, and suspended.
        record: { ...OBJECTS[0], address: '和平路88号', status: 'suspended' },
      },
    ]);
    expect(outcome.fields).toHaveLength(HEADER.length);
  });

  it('reports each fault with its row, column, value and a Chinese message', async () => {
    const outcome = await parseCsvRows('object', [
      HEADER,
      row({ ...base, uscc: usccOf(1) }),
      row({ ...base, uscc: '91110000802100433C' }),
      row({ ...base, uscc: usccOf(3), name: '' }),
      row({ ...base, uscc: ` ${usccOf(1).toLowerCase()} ` }),
      row({ ...base, uscc: usccOf(5), sector: '石油化工' }),
      row({ ...base, uscc: usccOf(6), sector: '工贸', sub: '加油站' }),
      row({ ...base, uscc: usccOf(7), township: '城关镇' }),
      row({ ...base, uscc: usccOf(8), risk: 'E' }),
      row({ ...base, uscc: usccOf(9), expiry: '2026-02-30' }),
      row({ ...base, uscc: usccOf(10), tags: '重大危险源、危险、高温' }),
      row({ ...base, uscc: usccOf(11), last: '2027-01-01' }),
      row({}),
      row({ ...base, uscc: usccOf(12), status: '倒闭', category: '特别', sub: '冶金火星' }),
      row({ uscc: usccOf(13), name: '', township: '', sector: '', risk: '' }),
    ]);
    expect(outcome.totalRows).toBe(13);
    // Row 11's unknown tags are proposals, not faults: the row waits for the importer's decision.
    expect(outcome.records.map((r) => r.row)).toEqual([2, 11]);
    expect(outcome.records[1]!.pending).toEqual([
      { field: 'tags', list: 'objectTag', text: '危险', parentCode: null },
      { field: 'tags', list: 'objectTag', text: '高温', parentCode: null },
    ]);
    expect(outcome.records[1]!.record.tags).toEqual(['major_hazard_source']);
    expect(outcome.refused.map((r) => r.row)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 12, 14, 15]);
    expect(outcome.issues).toEqual([
      { row: 3, column: '统一社会信用代码', value: '91110000802100433C', message: '第18位校验码应为“B”，实际为“C”' },
      { row: 4, column: '企业名称', message: '缺少必填项“企业名称”' },
      { row: 5, column: '统一社会信用代码', value: usccOf(1).toLowerCase(), message: '统一社会信用代码与第2行重复，请删除或合并重复的行' },
      { row: 6, column: '行业领域', value: '石油化工', message: '未知的行业领域“石油化工”，应填写以下之一：非煤矿山、危险化学品、烟花爆竹、工贸' },
      { row: 7, column: '细分行业', value: '加油站', message: '细分行业“加油站”不属于行业领域“工贸”，请核对' },
      { row: 8, column: '属地乡镇（街道）', value: '城关镇', message: '未知的乡镇（街道）“城关镇”，应填写以下之一：菁城街道、桂林街道、永福镇、官田乡' },
      { row: 9, column: '风险等级', value: 'E', message: '风险等级“E”无法识别，应填写A、B、C、D之一' },
      {
        row: 10,
        column: '许可证有效期',
        value: '2026-02-30',
        message: '许可证有效期“2026-02-30”不是有效日期，请检查年月日是否存在，并按2026-12-31、2026/12/31或2026年12月31日的格式填写',
      },
      { row: 12, column: '上次检查日期', value: '2027-01-01', message: '上次检查日期2027-01-01晚于今天（2026-11-25），请核对' },
      { row: 14, column: '重点/一般', value: '特别', message: '重点/一般“特别”无法识别，应填写一般、重点之一' },
      { row: 14, column: '经营状态', value: '倒闭', message: '经营状态“倒闭”无法识别，应填写在营、停产、关闭之一' },
      { row: 15, column: '企业名称', message: '缺少必填项“企业名称”' },
      { row: 15, column: '属地乡镇（街道）', message: '缺少必填项“属地乡镇（街道）”' },
      { row: 15, column: '行业领域', message: '缺少必填项“行业领域”' },
      { row: 15, column: '风险等级', message: '缺少必填项“风险等级”' },
    ]);
  });

  it('accepts the documented spellings of risk, category, status, township and sector', async () => {
    const cases: [Partial<Record<Key, string>>, Record<string, unknown>][] = [
      [{ risk: '低风险' }, { riskClass: 'A' }],
      [{ risk: '黄色' }, { riskClass: 'B' }],
      [{ risk: '较大风险' }, { riskClass: 'C' }],
      [{ risk: '红' }, { riskClass: 'D' }],
      [{ risk: 'ｄ' }, { riskClass: 'D' }],
      [{ category: '是' }, { supervisionCategory: 'key' }],
      [{ status: '注销' }, { status: 'closed' }],
      [{ township: '永福' }, { townshipCode: '350881102' }],
      [{ township: '350881200' }, { townshipCode: '350881200' }],
      [{ sector: 'hazardous_chemicals' }, { sectorCode: 'hazardous_chemicals' }],
      [{ sector: '危化' }, { sectorCode: 'hazardous_chemicals' }],
      // A sub-sector in 行业领域 with 细分行业 blank: both are set.
      [{ sector: '加油站' }, { sectorCode: 'hazardous_chemicals', subSectorCode: 'hazardous_chemicals.gas_station' }],
      [{ expiry: '2021-07-01至2027-06-30' }, { licenceExpiry: '2027-06-30' }],
      [{ expiry: '20270630' }, { licenceExpiry: '2027-06-30' }],
    ];
    const outcome = await parseCsvRows('object', [HEADER, ...cases.map(([cells], i) => row({ ...base, uscc: usccOf(100 + i), ...cells }))]);
    expect(outcome.issues).toEqual([]);
    cases.forEach(([, expected], i) => expect(outcome.records[i]!.record).toMatchObject(expected));
  });

  it('fills defaults for blank optional cells', async () => {
    const outcome = await parseCsvRows('object', [HEADER, row({ ...base, uscc: usccOf(1) })]);
    expect(outcome.records[0]!.record).toEqual({
      uscc: usccOf(1),
      name: '某公司',
      legalRepresentative: '',
      address: '',
      townshipCode: '350881001',
      sectorCode: 'hazardous_chemicals',
      subSectorCode: null,
      riskClass: 'B',
      supervisionCategory: 'general',
      licenceNo: null,
      licenceExpiry: null,
      status: 'operating',
      tags: [],
      lastInspectedOn: null,
    });
  });

  it('matches header aliases, full-width brackets, blanks, asterisks and notes; skips title rows', async () => {
    const outcome = await parseCsvRows('object', [
      ['漳平市检查对象名录库（2026年）'],
      [],
      ['序号', '* 统一社会信用代码（注册号）', '市场主体名称*', '乡镇(街道)', '所属行业', '信用风险分类', '许可证有效期（格式：2026-12-31）', '备注'],
      ['1', usccOf(1), '某公司', '桂林街道', '工贸', 'C', '2027-01-01', '无'],
      ['2', '', '', '', '', '', '', ''],
      ['3', '', '', '', '', '', '', '旧数据'],
    ]);
    expect(outcome.headerRow).toBe(3);
    expect(outcome.ignoredColumns).toEqual(['序号', '备注']);
    expect(outcome.fields).toEqual(['uscc', 'name', 'townshipCode', 'sectorCode', 'riskClass', 'licenceExpiry']);
    // Rows 5 and 6 only have cells in ignored columns: not data.
    expect(outcome.totalRows).toBe(1);
    expect(outcome.issues).toEqual([]);
    expect(outcome.records[0]).toMatchObject({ row: 4, record: { uscc: usccOf(1), townshipCode: '350881002', riskClass: 'C', licenceExpiry: '2027-01-01' } });
  });

  it('names a USCC that Excel stored as a number and truncated, and reads date cells', async () => {
    const digitsOnly = '913508811234567890';
    const bytes = await xlsx([
      HEADER,
      [Number(digitsOnly), '数字代码公司', '', '', '菁城街道', '工贸', '', 'A', '', '', new Date(Date.UTC(2027, 5, 30)), '', '', 46000],
      [usccOf(2), '正常公司', '', '', '菁城街道', '工贸', '', 'A', '', 20240101, null, '', '', null],
    ]);
    const outcome = await parse('object', bytes, 'objects.xlsx');
    expect(outcome.format).toBe('xlsx');
    expect(outcome.encoding).toBeUndefined();
    expect(outcome.issues).toEqual([
      {
        row: 2,
        column: '统一社会信用代码',
        value: '913508811234568000',
        message: '统一社会信用代码“913508811234568000”被Excel存成了数字，超过15位的部分已丢失；请把该列设置为“文本”格式后重新录入',
      },
    ]);
    expect(outcome.records).toEqual([{ row: 3, record: expect.objectContaining({ uscc: usccOf(2), licenceNo: '20240101' }) }]);
    // The row with the bad USCC still had its dates read: 46000 is the Excel serial of 2025-12-09.
    const again = await parse(
      'object',
      await xlsx([HEADER, [usccOf(3), '日期公司', '', '', '菁城街道', '工贸', '', 'A', '', '', new Date(Date.UTC(2027, 5, 30)), '', '', 46000]]),
      'o.xlsx',
    );
    expect(again.records[0]!.record).toMatchObject({ licenceExpiry: '2027-06-30', lastInspectedOn: '2025-12-09' });
  });
});
