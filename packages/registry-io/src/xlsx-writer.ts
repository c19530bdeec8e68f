import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { parseDate, parseRatio } from './cell-parsers.js';
import type { ColumnSpec } from './templates/column.js';

export interface SheetSpec {
  name: string;
  columns: readonly ColumnSpec[];
  header: readonly string[];
  rows: Iterable<readonly string[]>;
}

export const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };

/**
 * One-sheet workbook with exceljs's streaming writer (a fraction of the memory of the
 * in-memory Workbook for 100,000 rows). Text is always written as a string cell, never a
 * formula, so “=HYPERLINK(…)” is inert; dates become date cells and 抽查比例 a percentage
 * number, as the template says.
 */
export async function writeXlsx(sheet: SheetSpec): Promise<Uint8Array> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  worksheet.columns = sheet.columns.map((column) => ({
    width: column.width,
    // Text format only where Excel would otherwise turn digits into a number on edit.
    ...(column.textFormat ? { style: { numFmt: '@' } } : {}),
  }));
  const headerRow = worksheet.addRow([...sheet.header]);
  headerRow.font = { bold: true };
  headerRow.eachCell((cell) => {
    cell.fill = HEADER_FILL;
  });
  headerRow.commit();
  for (const cells of sheet.rows) {
    const row = worksheet.addRow(cells.map((text, i) => typedValue(text, sheet.columns[i]?.type ?? 'text')));
    sheet.columns.forEach((column, i) => {
      if (column.type === 'date' && cells[i]) row.getCell(i + 1).numFmt = 'yyyy-mm-dd';
      if (column.type === 'ratio' && cells[i]) row.getCell(i + 1).numFmt = Number.isInteger(percentOf(cells[i])) ? '0%' : '0.00%';
    });
    row.commit();
  }
  worksheet.commit();
  await workbook.commit();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

function percentOf(text: string | undefined): number {
  const parsed = parseRatio(text ?? '');
  return parsed.ok ? parsed.value / 100 : NaN;
}

/** The value exceljs should store: a string unless the column is a date or a ratio. */
export function typedValue(text: string, type: ColumnSpec['type']): string | number | Date | null {
  if (text === '') return null;
  if (type === 'date') {
    const parsed = parseDate(text, '');
    if (parsed.ok) return new Date(`${parsed.value}T00:00:00Z`);
  }
  if (type === 'ratio') {
    const parsed = parseRatio(text);
    if (parsed.ok) return parsed.value / 10_000;
  }
  return text;
}
