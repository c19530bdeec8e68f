import { sha256Compress } from './sha256-compress.js';
import { utf8 } from './bytes.js';
import { bytesToHex } from './hex.js';

/** SHA-256 initial hash value (FIPS 180-4 §5.3.3). */
export const SHA256_IV: Readonly<Int32Array> = new Int32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);

/**
 * Streaming SHA-256 on the unrolled block function. Used for the commitment over large
 * pools (1M objects ≈ 20 MB of canonical JSON), where @noble/hashes is ~2x slower here;
 * results are cross-checked against @noble/hashes in the tests.
 */
export class Sha256 {
  private readonly state = new Int32Array(SHA256_IV);
  private readonly block = new Uint8Array(64);
  private readonly words = new Int32Array(16);
  private filled = 0;
  private length = 0;

  update(bytes: Uint8Array): this {
    let offset = 0;
    this.length += bytes.length;
    if (this.filled > 0) {
      const take = Math.min(64 - this.filled, bytes.length);
      this.block.set(bytes.subarray(0, take), this.filled);
      this.filled += take;
      offset = take;
      if (this.filled < 64) return this;
      this.compressBlock(this.block, 0);
      this.filled = 0;
    }
    while (offset + 64 <= bytes.length) {
      this.compressBlock(bytes, offset);
      offset += 64;
    }
    if (offset < bytes.length) {
      this.block.set(bytes.subarray(offset), 0);
      this.filled = bytes.length - offset;
    }
    return this;
  }

  digest(): Uint8Array {
    const bitLength = this.length * 8;
    const tail = new Uint8Array(this.filled < 56 ? 64 : 128);
    tail.set(this.block.subarray(0, this.filled));
    tail[this.filled] = 0x80;
    // Message length in bits as a 64-bit big-endian integer (exact up to 2^53 bits).
    const view = new DataView(tail.buffer);
    view.setUint32(tail.length - 8, Math.floor(bitLength / 0x100000000));
    view.setUint32(tail.length - 4, bitLength >>> 0);
    for (let offset = 0; offset < tail.length; offset += 64) this.compressBlock(tail, offset);
    const out = new Uint8Array(32);
    const outView = new DataView(out.buffer);
    for (let i = 0; i < 8; i++) outView.setInt32(i * 4, this.state[i]!);
    return out;
  }

  private compressBlock(bytes: Uint8Array, offset: number): void {
    const w = this.words;
    for (let i = 0; i < 16; i++) {
      const j = offset + i * 4;
      w[i] = (bytes[j]! << 24) | (bytes[j + 1]! << 16) | (bytes[j + 2]! << 8) | bytes[j + 3]!;
    }
    sha256Compress(this.state, w, this.state);
  }
}

/** SHA-256 of bytes. */
export function sha256(bytes: Uint8Array): Uint8Array {
  return new Sha256().update(bytes).digest();
}

/** Lower-case hex SHA-256 of bytes, or of a string's UTF-8 encoding. */
export function sha256Hex(data: Uint8Array | string): string {
  return bytesToHex(sha256(typeof data === 'string' ? utf8(data) : data));
}
