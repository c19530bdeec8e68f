import { writeCsv } from './csv-writer.js';
import type { ColumnSpec } from './templates/column.js';
import { templateFor } from './templates/index.js';
import type { FileFormat, RefusedRow, RegistryKind } from './types.js';
import { writeXlsx } from './xlsx-writer.js';

/** Added after the template's columns; an import ignores them, so the fixed file goes straight back in. */
const EXTRA_COLUMNS: readonly ColumnSpec[] = [
  { field: 'sourceRow', header: '原文件行号', aliases: [], required: false, type: 'text', width: 10, hint: '', example: '' },
  { field: 'errors', header: '错误说明', aliases: [], required: false, type: 'text', width: 60, hint: '', example: '' },
];

/**
 * The rows an import refused, as they were written, under the template's headers, each
 * with its row number in the uploaded file and what is wrong with it: the clerk corrects
 * the cells, deletes nothing, and imports this file again.
 */
export async function writeRefusedRows(kind: RegistryKind, rows: readonly RefusedRow[], format: FileFormat): Promise<Uint8Array> {
  const template = templateFor(kind);
  const columns = [...template.columns, ...EXTRA_COLUMNS];
  const header = columns.map((column) => column.header);
  function* cells() {
    for (const row of rows) yield [...row.cells, String(row.row), row.errors];
  }
  if (format === 'csv') return writeCsv(header, cells());
  return writeXlsx({ name: `${template.sheetName}（未导入）`.slice(0, 31), columns, header, rows: cells() });
}
