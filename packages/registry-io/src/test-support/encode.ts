import ExcelJS from 'exceljs';

let gbkTable: Map<string, number[]> | undefined;

/**
 * Node can decode GBK but not encode it: build the reverse table once by decoding every
 * two-byte GBK code (lead 0x81–0xFE, trail 0x40–0xFE except 0x7F).
 */
export function encodeGbk(text: string): Uint8Array {
  if (!gbkTable) {
    gbkTable = new Map();
    const decoder = new TextDecoder('gbk');
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if (ch.length === 1 && ch !== '\ufffd' && !gbkTable.has(ch)) gbkTable.set(ch, [lead, trail]);
      }
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = gbkTable.get(ch);
      if (!pair) throw new Error(`not in GBK: ${ch}`);
      bytes.push(...pair);
    }
  }
  return new Uint8Array(bytes);
}

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
