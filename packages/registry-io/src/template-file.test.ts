import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { templateFile } from './template-file.js';
import { parse } from './test-support/parse.js';
import { REFERENCE, usccOf } from './test-support/reference.js';
import { readZipEntry, zipEntries } from './zip-entries.js';

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
  return workbook;
}

describe('templateFile', () => {
  it('writes a CSV template: BOM and the header line, required columns starred', async () => {
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await templateFile('inspector', 'csv'));
    expect(text).toBe('\ufeff*姓名,性别,*执法证号,*执法证有效期,所在业务部门（机构）,执法领域,是否专家,执法人员状态,属地乡镇,手机号\r\n');
  });

  it('writes an xlsx template with a guide sheet and, given reference data, choices and drop-downs', async () => {
    const bytes = await templateFile('object', 'xlsx', { reference: REFERENCE });
    const workbook = await load(bytes);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['检查对象名录库', '填写说明', '可选值']);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      '*统一社会信用代码',
      '*企业名称',
      '法定代表人',
      '注册地址',
      '*属地乡镇（街道）',
      '*行业领域',
      '细分行业',
      '*风险等级',
      '重点/一般',
      '许可证号',
      '许可证有效期',
      '经营状态',
      '标签',
      '上次检查日期',
    ]);
    expect(sheet.rowCount).toBe(1);
    expect(sheet.getColumn(1).numFmt).toBe('@');
    const guide = workbook.getWorksheet('填写说明')!;
    expect(guide.getRow(2).values).toEqual([undefined, '统一社会信用代码', '是', expect.stringContaining('GB 32100'), expect.stringMatching(/^91350881/)]);
    const choices = workbook.getWorksheet('可选值')!;
    expect(choices.getRow(2).values).toEqual([
      undefined,
      '菁城街道',
      '350881001',
      undefined,
      '非煤矿山',
      'non_coal_mine',
      undefined,
      '金属非金属露天矿山',
      'non_coal_mine.open_pit',
      undefined,
      '重大危险源',
      'major_hazard_source',
    ]);

    const xml = new TextDecoder('utf-8', { ignoreBOM: true }).decode(readZipEntry(bytes, zipEntries(bytes)!.get('xl/worksheets/sheet1.xml')!));
    expect(xml).toContain('sqref="E2:E5001"><formula1>&apos;可选值&apos;!$A$2:$A$5</formula1>');
    expect(xml).toContain('sqref="H2:H5001"><formula1>&quot;A,B,C,D&quot;</formula1>');
  });

  it('re-imports once filled in, in both formats', async () => {
    const workbook = await load(await templateFile('object', 'xlsx'));
    workbook.worksheets[0]!.addRow([usccOf(1), '漳平市某公司', '', '', '菁城街道', '工贸', '冶金', 'C']);
    const filled = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const fromXlsx = await parse('object', filled, 'filled.xlsx');
    expect(fromXlsx.issues).toEqual([]);
    expect(fromXlsx.records[0]).toMatchObject({ row: 2, record: { uscc: usccOf(1), subSectorCode: 'industry_trade.metallurgy', riskClass: 'C' } });

    const header = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await templateFile('inspectionItem', 'csv'));
    const fromCsv = await parse('inspectionItem', new TextEncoder().encode(`${header}X-1,事项,,依据,重点\r\n`), 'filled.csv');
    expect(fromCsv.issues).toEqual([]);
    expect(fromCsv.records[0]!.record).toMatchObject({ code: 'X-1', category: 'key', ratioBp: null });
  });
});
