import { constants, crc32, createInflateRaw, inflateRawSync } from 'node:zlib';

/**
 * Just enough of the ZIP format to look inside an .xlsx before handing it to exceljs: the
 * central directory, an integrity check of every entry, small entries and the start of a
 * large one (a sheet's recorded dimension), and entries' compressed data for rebuilding
 * the archive. Not a general unzipper (no ZIP64, which .xlsx files of our size never need).
 */
export interface ZipEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

/** The entries by name, or undefined when the bytes are not a readable ZIP archive. */
export function zipEntries(bytes: Uint8Array): Map<string, ZipEntry> | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd === undefined) return undefined;
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const entries = new Map<string, ZipEntry>();
  const decoder = new TextDecoder();
  for (let k = 0; k < count; k++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_SIGNATURE) return undefined;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.set(name, {
      name,
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEndOfCentralDirectory(view: DataView): number | undefined {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - 65_535; at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) return at;
  }
  return undefined;
}

/** The entry's data as stored in the archive (still compressed), found via its local header. */
export function compressedData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_SIGNATURE) return undefined;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.length) return undefined;
  return bytes.subarray(start, start + entry.compressedSize);
}

/**
 * The entry's bytes, or only roughly the first `limit` bytes of it (enough for an XML
 * prologue) without inflating the rest. undefined when the entry cannot be read.
 */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry, limit = Infinity): Uint8Array | undefined {
  const whole = compressedData(bytes, entry);
  if (!whole) return undefined;
  const partial = limit < entry.uncompressedSize;
  // Deflate rarely expands text beyond 1:1 at the start; 4× the limit is ample input.
  const data = partial ? whole.subarray(0, Math.max(4096, limit * 4)) : whole;
  try {
    if (entry.method === 0) return partial ? data.subarray(0, limit) : data;
    if (entry.method !== 8) return undefined;
    // A sync flush lets zlib return what it has for a truncated input instead of failing;
    // a whole entry may not inflate beyond the size the directory declares.
    return inflateRawSync(data, partial ? { finishFlush: constants.Z_SYNC_FLUSH } : { maxOutputLength: Math.max(1, entry.uncompressedSize) });
  } catch {
    return undefined;
  }
}

export type ZipCheck = 'ok' | 'corrupt' | 'too_large';

/**
 * The declared sizes stay under `maxTotal` (a small upload must not inflate to gigabytes)
 * and every entry inflates to exactly its declared size and CRC-32. exceljs's streaming
 * reader waits forever on some damaged deflate data instead of failing, so damage must be
 * found before it starts. Streams the inflation, so memory stays flat.
 */
export async function checkZip(bytes: Uint8Array, entries: ReadonlyMap<string, ZipEntry>, maxTotal: number): Promise<ZipCheck> {
  let total = 0;
  for (const entry of entries.values()) total += entry.uncompressedSize;
  if (total > maxTotal) return 'too_large';
  for (const entry of entries.values()) {
    if (!(await entryIsIntact(bytes, entry))) return 'corrupt';
  }
  return 'ok';
}

async function entryIsIntact(bytes: Uint8Array, entry: ZipEntry): Promise<boolean> {
  const data = compressedData(bytes, entry);
  if (!data) return false;
  if (entry.method === 0) return data.length === entry.uncompressedSize && crc32(data) >>> 0 === entry.crc;
  if (entry.method !== 8) return false;
  const inflater = createInflateRaw();
  inflater.end(data);
  let crc = 0;
  let size = 0;
  try {
    for await (const chunk of inflater as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > entry.uncompressedSize) {
        inflater.destroy();
        return false;
      }
      crc = crc32(chunk, crc);
    }
  } catch {
    return false;
  }
  return size === entry.uncompressedSize && crc >>> 0 === entry.crc;
}
