import { parseRegistryFile } from '../parse-registry-file.js';
import type { ImportProgress, ParseContext, ParseOutcome, RegistryKind } from '../types.js';
import { csv, utf8 } from './encode.js';
import { REFERENCE, TODAY } from './reference.js';

/** parseRegistryFile with the test reference data and date. */
export function parse<K extends RegistryKind>(
  kind: K,
  bytes: Uint8Array,
  filename: string,
  extra: {
    limits?: { maxBytes?: number; maxRows?: number };
    onProgress?: (p: ImportProgress) => void;
    sheet?: string;
    onRecords?: ParseContext['onRecords'];
  } = {},
): Promise<ParseOutcome<K>> {
  return parseRegistryFile(kind, { bytes, filename }, { reference: REFERENCE, today: TODAY, ...extra });
}

/** A CSV file of `rows` (UTF-8 unless `encode` says otherwise) parsed as `kind`. */
export function parseCsvRows<K extends RegistryKind>(
  kind: K,
  rows: readonly (readonly string[])[],
  encode: (text: string) => Uint8Array = utf8,
): Promise<ParseOutcome<K>> {
  return parse(kind, encode(csv(rows)), `${kind}.csv`);
}
