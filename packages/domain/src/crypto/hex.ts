const HEX = '0123456789abcdef';
const BYTE_HEX: string[] = Array.from({ length: 256 }, (_, i) => HEX[i >> 4]! + HEX[i & 15]!);

/** Lower-case hex of bytes. */
export function bytesToHex(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += BYTE_HEX[bytes[i]!]!;
  return out;
}

/** Bytes of a lower- or upper-case hex string of even length; throws RangeError otherwise. */
export function hexToBytes(hex: string): Uint8Array {
  if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) throw new RangeError('invalid hex string');
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

/** Lower-case hex of `count` big-endian 32-bit words starting at `offset`. */
export function wordsToHex(words: Int32Array, offset = 0, count = 8): string {
  let out = '';
  for (let i = 0; i < count; i++) {
    const w = words[offset + i]!;
    out += BYTE_HEX[(w >>> 24) & 255]! + BYTE_HEX[(w >>> 16) & 255]! + BYTE_HEX[(w >>> 8) & 255]! + BYTE_HEX[w & 255]!;
  }
  return out;
}

/** True for a 64-character lower-case hex string (a SHA-256 digest as we print it). */
export function isDigestHex(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{64}$/.test(value);
}

const HEX_CODES = new Uint8Array([...'0123456789abcdef'].map((c) => c.charCodeAt(0)));
const LATIN1 = new TextDecoder('latin1');

/**
 * Hex of many 8-word tickets at once (ticket k = words[indices[k]*8 ..+8]). One decoded string
 * sliced per ticket: a per-ticket concatenation allocated ~1 KB of intermediate strings each,
 * which dominated garbage collection when listing 200 000 tickets.
 */
export function ticketsToHex(words: Int32Array, indices: readonly number[]): string[] {
  const bytes = new Uint8Array(indices.length * 64);
  let p = 0;
  for (const index of indices) {
    for (let k = 0; k < 8; k++) {
      const w = words[index * 8 + k]!;
      for (let shift = 28; shift >= 0; shift -= 4) bytes[p++] = HEX_CODES[(w >>> shift) & 15]!;
    }
  }
  const all = LATIN1.decode(bytes);
  return indices.map((_, i) => all.slice(i * 64, i * 64 + 64));
}
