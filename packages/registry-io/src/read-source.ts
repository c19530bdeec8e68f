import { detectDelimiter, estimateCsvRecords, parseCsv } from './csv-parser.js';
import { decodeText } from './decode-text.js';
import { MAX_INFLATE_RATIO, unsupportedFormat } from './file-faults.js';
import type { SheetRow } from './sheet-row.js';
import type { FileFormat, TextEncoding } from './types.js';
import { openXlsx } from './xlsx-reader.js';

/** One table of an uploaded file: a worksheet, or the whole CSV. */
export interface RowSheet {
  /** The worksheet's name; undefined for a CSV. */
  name: string | undefined;
  /** Rows the sheet appears to have (header included), for progress; undefined if unknown. */
  estimatedRows: number | undefined;
  /** A fresh pass over the rows each call. */
  rows(): AsyncIterable<SheetRow> | Iterable<SheetRow>;
}

/** The tables of an uploaded file, whichever format it is. */
export interface RowSource {
  format: FileFormat;
  encoding?: TextEncoding;
  sheets: RowSheet[];
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
    return { format: 'xlsx', sheets: await openXlsx(bytes, Math.max(maxBytes, bytes.length) * MAX_INFLATE_RATIO) };
  }
  const { text, encoding } = decodeText(bytes);
  const delimiter = detectDelimiter(text);
  return { format: 'csv', encoding, sheets: [{ name: undefined, estimatedRows: estimateCsvRecords(text), rows: () => csvRows(text, delimiter) }] };
}

function* csvRows(text: string, delimiter: string): Generator<SheetRow> {
  let row = 0;
  for (const cells of parseCsv(text, delimiter)) yield { row: ++row, cells };
}
