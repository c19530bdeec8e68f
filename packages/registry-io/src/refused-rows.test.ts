import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { csv, utf8 } from './test-support/encode.js';
import { parse } from './test-support/parse.js';
import { usccOf } from './test-support/reference.js';
import { sheetColumns } from './test-support/sheet-columns.js';
import { writeRefusedRows } from './write-refused-rows.js';

const { header: HEADER, row } = sheetColumns({
  uscc: '统一社会信用代码',
  name: '企业名称',
  township: '属地乡镇（街道）',
  sector: '行业领域',
  risk: '风险等级',
  note: '备注',
});
const base = { name: '某公司', township: '菁城街道', sector: '工贸', risk: 'B' };

describe('refused rows', () => {
  const file = utf8(
    csv([
      HEADER,
      row({ ...base, uscc: usccOf(1) }),
      row({ ...base, uscc: usccOf(2), risk: 'E', township: '城关镇', note: '新办' }),
      row({ ...base, uscc: usccOf(3), name: '=HYPERLINK("http://x")' }),
      row({ ...base, uscc: usccOf(4), name: '' }),
    ]),
  );

  it('keeps each refused row as written, in template column order, with all its faults', async () => {
    const outcome = await parse('object', file, 'objects.csv');
    expect(outcome.records.map((r) => r.row)).toEqual([2, 4]);
    expect(outcome.refused).toHaveLength(2);
    const [first, second] = outcome.refused;
    expect(first!.row).toBe(3);
    expect(first!.cells.slice(0, 8)).toEqual([usccOf(2), '某公司', '', '', '城关镇', '工贸', '', 'E']);
    expect(first!.errors).toBe(
      '属地乡镇（街道）：未知的乡镇（街道）“城关镇”，应填写以下之一：菁城街道、桂林街道、永福镇、官田乡；风险等级：风险等级“E”无法识别，应填写A、B、C、D之一',
    );
    expect(second).toMatchObject({ row: 5, errors: '企业名称：缺少必填项“企业名称”' });
  });

  it('writes them as a workbook that opens in Excel with an error column and imports again once fixed', async () => {
    const outcome = await parse('object', file, 'objects.csv');
    const bytes = await writeRefusedRows('object', outcome.refused, 'xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('检查对象名录库（未导入）');
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(-2)).toEqual(['原文件行号', '错误说明']);
    expect(sheet.getRow(2).getCell(header.length - 1).value).toBe('3');
    expect(String(sheet.getRow(2).getCell(header.length).value)).toContain('风险等级“E”无法识别');

    // The clerk fixes the two rows in the file itself; the extra columns are ignored on the way back in.
    sheet.getRow(2).getCell(5).value = '菁城街道';
    sheet.getRow(2).getCell(8).value = 'C';
    sheet.getRow(3).getCell(2).value = '漳平市某某有限公司';
    const fixed = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const again = await parse('object', fixed, 'fixed.xlsx');
    expect(again.issues).toEqual([]);
    expect(again.ignoredColumns).toEqual(['原文件行号', '错误说明']);
    expect(again.records.map((r) => [r.record.uscc, r.record.riskClass, r.record.townshipCode])).toEqual([
      [usccOf(2), 'C', '350881001'],
      [usccOf(4), 'B', '350881001'],
    ]);
  });

  it('writes CSV with a BOM and the formula-like cell made inert', async () => {
    const outcome = await parse('object', utf8(csv([HEADER, row({ ...base, uscc: usccOf(9), name: '=1+1', risk: 'X' })])), 'o.csv');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await writeRefusedRows('object', outcome.refused, 'csv'));
    expect(text.startsWith('\ufeff统一社会信用代码,企业名称')).toBe(true);
    expect(text).toContain(`${usccOf(9)},'=1+1,`);
  });
});
