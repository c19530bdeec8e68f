import { describe, expect, it } from 'vitest';
import { utf8Bom, xlsx } from './test-support/encode.js';
import { parse, parseCsvRows } from './test-support/parse.js';
import { sheetColumns } from './test-support/sheet-columns.js';

const COLUMNS = {
  code: '编号',
  name: '抽查事项名称',
  sub: '抽查子项',
  basis: '抽查依据',
  category: '事项类别',
  ratio: '抽查比例',
  frequency: '抽查频次',
  method: '抽查方式',
  expertise: '检查人员要求',
  sectors: '适用行业',
};
const { header: HEADER, row } = sheetColumns(COLUMNS);
const base = { name: '检查', basis: '《安全生产法》', category: '一般' };

describe('inspection item rows', () => {
  it('reads a full row: sub-items, ratio in basis points, expertise and sectors as codes', async () => {
    const outcome = await parseCsvRows(
      'inspectionItem',
      [
        HEADER,
        row({
          code: 'YJJ-02',
          name: '危险化学品企业安全生产监督检查',
          sub: '1.许可证持证情况\n2.重大危险源辨识、登记和监控；（3）1.5米以上平台护栏',
          basis: '《危险化学品安全管理条例》第六条',
          category: '一般检查事项',
          ratio: '不低于10%',
          frequency: '每年不超过1次',
          method: '现场检查',
          expertise: '危险化学品',
          sectors: '危险化学品、加油站',
        }),
      ],
      utf8Bom,
    );
    expect(outcome.encoding).toBe('utf-8-bom');
    expect(outcome.issues).toEqual([]);
    expect(outcome.records[0]!.record).toEqual({
      code: 'YJJ-02',
      name: '危险化学品企业安全生产监督检查',
      subItems: ['许可证持证情况', '重大危险源辨识、登记和监控', '1.5米以上平台护栏'],
      legalBasis: '《危险化学品安全管理条例》第六条',
      category: 'general',
      ratioBp: 1000,
      frequency: '每年不超过1次',
      method: '现场检查',
      requiredExpertise: ['hazardous_chemicals'],
      applicableSectors: ['hazardous_chemicals', 'hazardous_chemicals.gas_station'],
    });
  });

  it('reads the ratio forms and rejects others', async () => {
    const ratios = ['10%', '0.5%', '10', '≥5%', '5%以上', '100％', '', '0.005%', '150%', '10-20%', '约一成'];
    const outcome = await parseCsvRows('inspectionItem', [HEADER, ...ratios.map((ratio, i) => row({ ...base, code: `R${i}`, ratio }))]);
    expect(outcome.records.map((r) => r.record.ratioBp)).toEqual([1000, 50, 1000, 500, 500, 10000, null]);
    expect(outcome.issues).toEqual([
      { row: 9, column: '抽查比例', value: '0.005%', message: '抽查比例“0.005%”最多保留两位小数（如0.05%）' },
      { row: 10, column: '抽查比例', value: '150%', message: '抽查比例“150%”超出范围，应在0%到100%之间' },
      { row: 11, column: '抽查比例', value: '10-20%', message: '抽查比例“10-20%”无法识别，请填写百分数，如“10%”“0.5%”或“不低于5%”' },
      { row: 12, column: '抽查比例', value: '约一成', message: '抽查比例“约一成”无法识别，请填写百分数，如“10%”“0.5%”或“不低于5%”' },
    ]);
  });

  it('reports missing fields, duplicate codes, bad categories and unknown expertise or sectors', async () => {
    const outcome = await parseCsvRows('inspectionItem', [
      HEADER,
      row({ ...base, code: 'A1' }),
      row({ ...base, code: 'A1' }),
      row({ code: 'A3', name: '检查' }),
      row({ ...base, code: 'A4', category: '特殊' }),
      row({ ...base, code: 'A5', expertise: '消防', sectors: '石油' }),
    ]);
    expect(outcome.records.map((r) => r.row)).toEqual([2]);
    expect(outcome.issues).toEqual([
      { row: 3, column: '编号', value: 'A1', message: '编号与第2行重复，请删除或合并重复的行' },
      { row: 4, column: '抽查依据', message: '缺少必填项“抽查依据”' },
      { row: 4, column: '事项类别', message: '缺少必填项“事项类别”' },
      { row: 5, column: '事项类别', value: '特殊', message: '事项类别“特殊”无法识别，应填写一般、重点之一' },
      {
        row: 6,
        column: '适用行业',
        value: '石油',
        message:
          '未知的行业领域“石油”，应填写以下之一：非煤矿山、金属非金属露天矿山、危险化学品、加油站、危险化学品经营（不带储存）、烟花爆竹、烟花爆竹零售、工贸、冶金、轻工',
      },
    ]);
  });

  it('reads a percent-formatted xlsx cell, and a formula by its cached result', async () => {
    const bytes = await xlsx(
      [
        HEADER,
        ['A1', '检查', '', '依据', '重点', 0.1, '', '', '', ''],
        ['A2', { formula: 'CONCATENATE("抽查","事项")', result: '抽查事项' }, '', '依据', '一般', 0.005, '', '', '', ''],
        [7, '检查', { richText: [{ text: '子项' }, { text: '一', font: { bold: true } }] }, '依据', '一般', null, '', '', '', ''],
      ],
      { numFmt: { 6: '0.0%' } },
    );
    const outcome = await parse('inspectionItem', bytes, 'items.xlsx');
    expect(outcome.issues).toEqual([]);
    expect(outcome.records.map((r) => [r.record.code, r.record.name, r.record.subItems, r.record.ratioBp])).toEqual([
      ['A1', '检查', [], 1000],
      ['A2', '抽查事项', [], 50],
      ['7', '检查', ['子项一'], null],
    ]);
  });
});
