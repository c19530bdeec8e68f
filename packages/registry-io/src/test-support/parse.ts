import { parseRegistryFile } from '../parse-registry-file.js';
import type { ImportProgress, ParseOutcome, RegistryKind } from '../types.js';
import { REFERENCE, TODAY } from './reference.js';

/** parseRegistryFile with the test reference data and date. */
export function parse<K extends RegistryKind>(
  kind: K,
  bytes: Uint8Array,
  filename: string,
  extra: { limits?: { maxBytes?: number; maxRows?: number }; onProgress?: (p: ImportProgress) => void; sheet?: string } = {},
): Promise<ParseOutcome<K>> {
  return parseRegistryFile(kind, { bytes, filename }, { reference: REFERENCE, today: TODAY, ...extra });
}
