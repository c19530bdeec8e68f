import ExcelJS from 'exceljs';

export { encodeGbk } from '../testing/spreadsheet-files.js';

export const utf8 = (text: string) => new TextEncoder().encode(text);
export const utf8Bom = (text: string) => new TextEncoder().encode(`\ufeff${text}`);

/** RFC 4180 text from rows, quoting only where needed; CRLF line ends. */
export function csv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map((cell) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(',')).join('\r\n') + '\r\n';
}

/** An .xlsx whose first sheet holds `rows` as given: strings, numbers, dates, formulas, rich text. */
export async function xlsx(
  rows: readonly (readonly ExcelJS.CellValue[])[],
  options: { numFmt?: Record<number, string>; sheetName?: string; before?: (wb: ExcelJS.Workbook) => void } = {},
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  options.before?.(workbook);
  const sheet = workbook.addWorksheet(options.sheetName ?? 'Sheet1');
  for (const values of rows) {
    const row = sheet.addRow([...values]);
    for (const [col, fmt] of Object.entries(options.numFmt ?? {})) {
      const cell = row.getCell(Number(col));
      if (row.number > 1 && cell.value !== null) cell.numFmt = fmt;
    }
  }
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
