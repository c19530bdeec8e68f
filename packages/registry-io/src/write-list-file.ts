import { writeCsv } from './csv-writer.js';
import type { ColumnSpec } from './templates/column.js';
import type { FileFormat } from './types.js';
import { writeXlsx } from './xlsx-writer.js';

/** One column of a list as a clerk downloads it: its Chinese header and the cell of a row. */
export interface ListColumn<R> {
  header: string;
  cell: (row: R) => string;
  /** Width in characters in the .xlsx (default 14). */
  width?: number;
  /** `date`: a 'YYYY-MM-DD' cell becomes a date cell in the .xlsx. */
  type?: 'text' | 'date';
  /** Keep digits as typed in Excel (USCCs, certificate numbers). */
  textFormat?: boolean;
}

/** The content type of each list file format, for the download's header. */
export const LIST_FILE_MIME: Readonly<Record<FileFormat, string>> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

/**
 * A list a clerk works from (checks, hazards, sanctions …) as .xlsx or CSV (UTF-8 with BOM), with
 * the same writers as the registry export: text is never a formula, in either format.
 */
export async function writeListFile<R>(sheetName: string, columns: readonly ListColumn<R>[], rows: readonly R[], format: FileFormat): Promise<Uint8Array> {
  const header = columns.map((c) => c.header);
  const cells = rows.map((row) => columns.map((c) => c.cell(row)));
  if (format === 'csv') return writeCsv(header, cells);
  const specs: ColumnSpec[] = columns.map((c) => ({
    field: c.header,
    header: c.header,
    aliases: [],
    required: false,
    type: c.type ?? 'text',
    ...(c.textFormat ? { textFormat: true } : {}),
    width: c.width ?? 14,
    hint: '',
    example: '',
  }));
  return writeXlsx({ name: sheetName, columns: specs, header, rows: cells });
}
