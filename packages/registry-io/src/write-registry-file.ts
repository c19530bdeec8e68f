import { writeCsv } from './csv-writer.js';
import { indexReference } from './reference-index.js';
import { templateFor } from './templates/index.js';
import type { FileFormat, ReferenceData, RegistryKind, RegistryRecord, WriteContext } from './types.js';
import { writeXlsx } from './xlsx-writer.js';

/**
 * Export records with the template's headers and Chinese names for codes, so the file
 * re-imports to the same records. Formula-like text is neutralised (see writeCsv, writeXlsx).
 */
export async function writeRegistryFile<K extends RegistryKind>(
  kind: K,
  records: readonly RegistryRecord<K>[],
  format: FileFormat,
  ctx: WriteContext,
): Promise<Uint8Array> {
  const template = templateFor(kind);
  const reference = indexReference(ctx.reference);
  const header = template.columns.map((column) => column.header);
  function* rows() {
    for (const record of records) yield template.toCells(record, reference);
  }
  if (format === 'csv')
    return writeCsv(
      header,
      rows(),
      template.columns.map((column) => column.type !== 'text'),
    );
  return writeXlsx({ name: template.sheetName, columns: template.columns, header, rows: rows() });
}

/** A record's cells as export writes them (names, not codes), for a row refused after parsing. */
export function recordCells<K extends RegistryKind>(kind: K, reference: ReferenceData): (record: RegistryRecord<K>) => string[] {
  const template = templateFor(kind);
  const index = indexReference(reference);
  return (record) => template.toCells(record, index);
}
