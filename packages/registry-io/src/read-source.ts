import { detectDelimiter, estimateCsvRecords, parseCsv } from './csv-parser.js';
import { decodeText } from './decode-text.js';
import { MAX_INFLATE_RATIO, unsupportedFormat } from './file-faults.js';
import type { SheetRow } from './sheet-row.js';
import type { FileFormat, TextEncoding } from './types.js';
import { openXlsx } from './xlsx-reader.js';

/** The rows of an uploaded file, whichever format it is. */
export interface RowSource {
  format: FileFormat;
  encoding?: TextEncoding;
  /** Rows the file appears to have (header included), for progress; undefined if unknown. */
  estimatedRows: number | undefined;
  rows: AsyncIterable<SheetRow> | Iterable<SheetRow>;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

/**
 * By extension, then by content: a workbook saved with a .csv name is still read as a
 * workbook, and an old .xls renamed to .xlsx gets the “save as .xlsx” message.
 */
export async function openSource(bytes: Uint8Array, filename: string, maxBytes: number): Promise<RowSource> {
  const ext = /\.([^./\\]+)$/.exec(filename.trim())?.[1]?.toLowerCase();
  if (ext !== 'xlsx' && ext !== 'csv') throw unsupportedFormat(filename);
  if (startsWith(bytes, OLE_MAGIC)) throw unsupportedFormat('file.xls');
  if (ext === 'xlsx' || startsWith(bytes, ZIP_MAGIC)) {
    const sheet = await openXlsx(bytes, Math.max(maxBytes, bytes.length) * MAX_INFLATE_RATIO);
    return { format: 'xlsx', estimatedRows: sheet.estimatedRows, rows: sheet.rows };
  }
  const { text, encoding } = decodeText(bytes);
  const delimiter = detectDelimiter(text);
  return { format: 'csv', encoding, estimatedRows: estimateCsvRecords(text), rows: csvRows(text, delimiter) };
}

function* csvRows(text: string, delimiter: string): Generator<SheetRow> {
  let row = 0;
  for (const cells of parseCsv(text, delimiter)) yield { row: ++row, cells };
}
