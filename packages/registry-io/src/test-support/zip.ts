import { storedPart, writeZip } from '../zip-writer.js';

/** A ZIP with stored (uncompressed) entries, in the given order, for hand-made .xlsx parts. */
export function storedZip(files: Record<string, string>): Uint8Array {
  return writeZip(Object.entries(files).map(([name, text]) => storedPart(name, text)));
}
