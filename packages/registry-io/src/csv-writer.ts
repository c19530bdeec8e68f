import { neutraliseFormula } from './neutralise-formula.js';

const BOM = '\ufeff';

/** RFC 4180 quoting: only fields holding a comma, quote or line break are quoted. */
function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * CSV as Excel on Chinese Windows opens it correctly: UTF-8 with a BOM (without one Excel
 * assumes GBK and garbles the text) and CRLF line ends. Text cells that could start a
 * formula get a leading quote; `numeric` columns hold numbers we wrote and stay as they are.
 */
export function writeCsv(header: readonly string[], rows: Iterable<readonly string[]>, numeric: readonly boolean[] = []): Uint8Array {
  const lines: string[] = [header.map((h) => csvField(neutraliseFormula(h))).join(',')];
  for (const row of rows) {
    lines.push(row.map((cell, i) => csvField(numeric[i] ? cell : neutraliseFormula(cell))).join(','));
  }
  return new TextEncoder().encode(BOM + lines.join('\r\n') + '\r\n');
}
