import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv-parser.js';
import { writeCsv } from './csv-writer.js';
import { neutraliseFormula, restoreNeutralised, startsLikeFormula } from './neutralise-formula.js';
import { ITEMS, OBJECTS, REFERENCE } from './test-support/reference.js';
import type { ObjectRecord } from './types.js';
import { writeRegistryFile } from './write-registry-file.js';
import { readZipEntry, zipEntries } from './zip-entries.js';

const EVIL: ObjectRecord = {
  ...OBJECTS[0]!,
  name: '=HYPERLINK("http://evil.example","点我")',
  legalRepresentative: '@SUM(1+1)',
  address: '+cmd|" /C calc"!A0',
  licenceNo: '-2+3',
};

describe('formula injection on export', () => {
  it('prefixes a quote to text cells that start with = + - @ tab or CR', () => {
    for (const text of ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', '＝1+1']) {
      expect(neutraliseFormula(text)).toBe(`'${text}`);
      expect(restoreNeutralised(neutraliseFormula(text))).toBe(text);
    }
    for (const text of ['', '漳平', "'quoted", 'a=1', '1-2']) expect(neutraliseFormula(text)).toBe(text);
    expect(restoreNeutralised("'plain")).toBe("'plain");
  });

  it('leaves numbers in numeric columns as numbers', () => {
    const bytes = writeCsv(['数量', '备注'], [['-5', '-5']], [true, false]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe("\ufeff数量,备注\r\n-5,'-5\r\n");
  });

  it('makes CSV cells inert', async () => {
    const bytes = await writeRegistryFile('object', [EVIL], 'csv', { reference: REFERENCE });
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith('\ufeff统一社会信用代码,')).toBe(true);
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""点我"")"`);
    expect(text).toContain("'@SUM(1+1)");
    const fields = [...parseCsv(text.slice(1))].flat();
    expect(fields.filter(startsLikeFormula)).toEqual([]);
    expect(fields).toContain("'-2+3");
  });

  it('writes xlsx text as strings, never formulas, and keeps the ratio a number', async () => {
    const bytes = await writeRegistryFile('object', [EVIL], 'xlsx', { reference: REFERENCE });
    const entries = zipEntries(bytes)!;
    const sheetXml = new TextDecoder('utf-8', { ignoreBOM: true }).decode(readZipEntry(bytes, entries.get('xl/worksheets/sheet1.xml')!));
    expect(sheetXml).not.toMatch(/<f[ >]/);
    expect(sheetXml).toContain('=HYPERLINK(&quot;http://evil.example&quot;,&quot;点我&quot;)');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
    const row = workbook.worksheets[0]!.getRow(2);
    expect(row.getCell(2).type).toBe(ExcelJS.ValueType.String);
    expect(row.getCell(2).value).toBe(EVIL.name);
    expect(row.getCell(3).value).toBe('@SUM(1+1)');

    const items = await writeRegistryFile('inspectionItem', ITEMS, 'xlsx', { reference: REFERENCE });
    const itemBook = new ExcelJS.Workbook();
    await itemBook.xlsx.load(items.buffer as ArrayBuffer);
    const ratio = itemBook.worksheets[0]!.getRow(2).getCell(6);
    expect(ratio.type).toBe(ExcelJS.ValueType.Number);
    expect(ratio.value).toBe(0.1);
    expect(ratio.numFmt).toBe('0%');
    expect(itemBook.worksheets[0]!.getRow(4).getCell(2).value).toBe('@cmd|calc');
  });
});
