import { neutraliseFormula } from './neutralise-formula.js';

const BOM = '\ufeff';

/** RFC 4180 quoting: only fields holding a comma, quote or line break are quoted. */
function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The UTF-8 byte order mark a CSV file starts with (without one Excel on Chinese Windows assumes GBK). */
export const CSV_BOM = BOM;

/**
 * Rows as CSV text, each ended by CRLF: what a streamed file appends page by page. Text cells that
 * could start a formula get a leading quote; `numeric` columns hold numbers we wrote and stay as they are.
 */
export function csvLines(rows: Iterable<readonly string[]>, numeric: readonly boolean[] = []): string {
  let text = '';
  for (const row of rows) text += row.map((cell, i) => csvField(numeric[i] ? cell : neutraliseFormula(cell))).join(',') + '\r\n';
  return text;
}

/**
 * CSV as Excel on Chinese Windows opens it correctly: UTF-8 with a BOM (without one Excel
 * assumes GBK and garbles the text) and CRLF line ends.
 */
export function writeCsv(header: readonly string[], rows: Iterable<readonly string[]>, numeric: readonly boolean[] = []): Uint8Array {
  return new TextEncoder().encode(BOM + csvLines([header]) + csvLines(rows, numeric));
}
