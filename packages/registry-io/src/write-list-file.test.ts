import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { writeListFile, type ListColumn } from './write-list-file.js';

interface Row {
  name: string;
  uscc: string;
  on: string;
}
const COLUMNS: ListColumn<Row>[] = [
  { header: '企业名称', cell: (r) => r.name, width: 30 },
  { header: '统一社会信用代码', cell: (r) => r.uscc, textFormat: true },
  { header: '发现日期', cell: (r) => r.on, type: 'date' },
];
const ROWS: Row[] = [
  { name: '漳平市某某有限公司', uscc: '91350881MA2XXXXX1X', on: '2020-03-02' },
  { name: '=HYPERLINK("http://x","点我")', uscc: '+123', on: '' },
];

describe('a list as a spreadsheet', () => {
  it('writes an .xlsx with Chinese headers, date cells, and formula-like text kept as text', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await writeListFile('隐患台账', COLUMNS, ROWS, 'xlsx')) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('隐患台账')!;
    expect(sheet.getRow(1).values).toEqual([undefined, '企业名称', '统一社会信用代码', '发现日期']);
    expect(sheet.getCell('C2').value).toEqual(new Date('2020-03-02T00:00:00Z'));
    expect(sheet.getCell('A3').value).toBe('=HYPERLINK("http://x","点我")');
    expect(sheet.getCell('A3').formula).toBeUndefined();
    expect(sheet.rowCount).toBe(3);
  });

  it('writes a CSV with a BOM whose formula-like cells start with a quote', async () => {
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await writeListFile('隐患台账', COLUMNS, ROWS, 'csv'));
    expect(text.startsWith('\ufeff企业名称,统一社会信用代码,发现日期\r\n')).toBe(true);
    expect(text).toContain(`"'=HYPERLINK(""http://x"",""点我"")"`);
    expect(text).toContain(`'+123`);
  });
});
