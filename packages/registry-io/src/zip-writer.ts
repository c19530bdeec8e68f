import { crc32 } from 'node:zlib';

/** One entry to write: its data already compressed with `method` (0 stored, 8 deflate). */
export interface ZipPart {
  name: string;
  method: number;
  crc: number;
  uncompressedSize: number;
  data: Uint8Array;
}

/** A stored entry from text. */
export function storedPart(name: string, text: string): ZipPart {
  const data = new TextEncoder().encode(text);
  return { name, method: 0, crc: crc32(data) >>> 0, uncompressedSize: data.length, data };
}

/**
 * A ZIP archive of the given parts in the given order, without recompressing anything:
 * local headers with the sizes up front (no data descriptors), then the central directory.
 */
export function writeZip(parts: readonly ZipPart[]): Uint8Array {
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = encoder.encode(part.name);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(6, 0x0800, true); // names are UTF-8
    local.setUint16(8, part.method, true);
    local.setUint32(14, part.crc, true);
    local.setUint32(18, part.data.length, true);
    local.setUint32(22, part.uncompressedSize, true);
    local.setUint16(26, name.length, true);
    const entry = new DataView(new ArrayBuffer(46));
    entry.setUint32(0, 0x02014b50, true);
    entry.setUint16(4, 20, true);
    entry.setUint16(6, 20, true);
    entry.setUint16(8, 0x0800, true);
    entry.setUint16(10, part.method, true);
    entry.setUint32(16, part.crc, true);
    entry.setUint32(20, part.data.length, true);
    entry.setUint32(24, part.uncompressedSize, true);
    entry.setUint16(28, name.length, true);
    entry.setUint32(42, offset, true);
    chunks.push(new Uint8Array(local.buffer), name, part.data);
    central.push(new Uint8Array(entry.buffer), name);
    offset += 30 + name.length + part.data.length;
  }
  const directorySize = central.reduce((sum, chunk) => sum + chunk.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, parts.length, true);
  end.setUint16(10, parts.length, true);
  end.setUint32(12, directorySize, true);
  end.setUint32(16, offset, true);
  return new Uint8Array(Buffer.concat([...chunks, ...central, new Uint8Array(end.buffer)]));
}
