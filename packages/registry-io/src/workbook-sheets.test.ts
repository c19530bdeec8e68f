import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parse } from './test-support/parse.js';
import { usccOf } from './test-support/reference.js';

const HEADER = ['统一社会信用代码', '企业名称', '属地乡镇（街道）', '行业领域', '风险等级'];
const data = (n: number) => [usccOf(n), `企业${n}`, '菁城街道', '工贸', 'B'];

/** A workbook as clerks keep them: sheets in tab order, each a list of rows, a merged title row where asked. */
async function workbook(sheets: { name: string; rows: string[][]; title?: string; hidden?: boolean }[]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const sheet = book.addWorksheet(spec.name, spec.hidden ? { state: 'hidden' } : {});
    if (spec.title) {
      sheet.addRow([spec.title]);
      sheet.mergeCells(1, 1, 1, HEADER.length);
    }
    for (const row of spec.rows) sheet.addRow(row);
  }
  return new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
}

describe('workbooks with several sheets', () => {
  it('reads the sheet that has the template headers, under a merged title row, and names it', async () => {
    const bytes = await workbook([
      { name: '填写说明', rows: [['本表由各股室填报'], ['风险等级填A、B、C、D']] },
      { name: '2026年名录', title: '漳平市应急管理局检查对象名录（2026年）', rows: [HEADER, data(1), data(2)] },
      { name: '可选值', rows: [['菁城街道'], ['桂林街道']] },
    ]);
    const outcome = await parse('object', bytes, 'book.xlsx');
    expect(outcome.sheetName).toBe('2026年名录');
    expect(outcome.headerRow).toBe(2);
    expect(outcome.records.map((r) => r.record.uscc)).toEqual([usccOf(1), usccOf(2)]);
  });

  it('asks which sheet to read when several have the headers, and reads the one named', async () => {
    const bytes = await workbook([
      { name: '2025年', rows: [HEADER, data(1)] },
      { name: '2026年', rows: [HEADER, data(2), data(3)] },
      { name: '旧表', rows: [HEADER, data(4)], hidden: true },
    ]);
    await expect(parse('object', bytes, 'book.xlsx')).rejects.toMatchObject({
      reason: 'choose_sheet',
      message: '文件中有2个工作表都含有模板表头（2025年、2026年），请选择要导入的工作表',
      issues: [
        { field: '工作表', message: '2025年' },
        { field: '工作表', message: '2026年' },
      ],
    });
    const chosen = await parse('object', bytes, 'book.xlsx', { sheet: '2026年' });
    expect(chosen.sheetName).toBe('2026年');
    expect(chosen.records).toHaveLength(2);
    await expect(parse('object', bytes, 'book.xlsx', { sheet: '2024年' })).rejects.toMatchObject({
      reason: 'sheet_not_found',
      message: '文件中没有名为“2024年”的工作表，可选：2025年、2026年',
    });
  });

  it('names the sheet, the missing columns and the headers it did not understand when no sheet fits', async () => {
    const bytes = await workbook([
      { name: '名录', rows: [['统一社会信用代码', '企业名字', '属地乡镇（街道）', '所属行业', '风险等级'], data(1)] },
      { name: '说明', rows: [['说明']] },
    ]);
    await expect(parse('object', bytes, 'book.xlsx')).rejects.toMatchObject({
      reason: 'missing_columns',
      message: '缺少必需的列：企业名称（按工作表“名录”第1行表头识别）；未识别的列：企业名字。请使用系统提供的模板，或把表头改成模板中的名称',
    });
  });
});
