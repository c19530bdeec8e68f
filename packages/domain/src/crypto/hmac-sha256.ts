import { sha256Compress } from './sha256-compress.js';
import { SHA256_IV, sha256 } from './sha256.js';

/**
 * HMAC-SHA256 (RFC 2104) with a fixed key, for millions of short messages.
 *
 * The key's inner and outer pad blocks are compressed once (the "midstates"), so a message
 * of up to 55 bytes costs exactly two block compressions and no allocation. Longer messages
 * take the general path. Byte-identical to @noble/hashes' hmac (checked in the tests).
 */
export class HmacSha256 {
  private readonly inner = new Int32Array(8);
  private readonly outer = new Int32Array(8);
  private readonly w = new Int32Array(16);
  private readonly t = new Int32Array(8);

  constructor(key: Uint8Array) {
    const k = key.length > 64 ? sha256(key) : key;
    this.padState(k, 0x36, this.inner);
    this.padState(k, 0x5c, this.outer);
  }

  /**
   * MAC of the concatenation `a ‖ b`, written as 8 big-endian words into `out[offset..offset+8)`.
   * Taking two parts lets callers keep a per-stratum or per-check prefix without concatenating.
   */
  macInto(a: Uint8Array, b: Uint8Array, out: Int32Array, offset = 0): void {
    const length = a.length + b.length;
    if (length > 55) {
      this.macLong(a, b, out, offset);
      return;
    }
    const w = this.w;
    w.fill(0);
    const la = a.length;
    for (let i = 0; i < la; i++) w[i >> 2]! |= a[i]! << (24 - ((i & 3) << 3));
    for (let i = 0; i < b.length; i++) {
      const p = la + i;
      w[p >> 2]! |= b[i]! << (24 - ((p & 3) << 3));
    }
    w[length >> 2]! |= 0x80 << (24 - ((length & 3) << 3));
    w[15] = (64 + length) * 8;
    this.finish(this.inner, w, out, offset);
  }

  /**
   * MAC of a message already laid out as one padded inner block (see `blockTemplate`):
   * the hot path for tickets, where the block is assembled from precomputed words.
   */
  macBlock(block: Int32Array, out: Int32Array, offset = 0): void {
    this.finish(this.inner, block, out, offset);
  }

  /** MAC of one message as 32 bytes. */
  mac(message: Uint8Array): Uint8Array {
    const words = new Int32Array(8);
    this.macInto(message, EMPTY, words, 0);
    const out = new Uint8Array(32);
    const view = new DataView(out.buffer);
    for (let i = 0; i < 8; i++) view.setInt32(i * 4, words[i]!);
    return out;
  }

  /** Last inner block from `innerState`, then the outer hash over the inner digest. */
  private finish(innerState: Int32Array, innerBlock: Int32Array, out: Int32Array, offset: number): void {
    const t = this.t;
    sha256Compress(innerState, innerBlock, t);
    const w = this.w;
    for (let i = 0; i < 8; i++) w[i] = t[i]!;
    w[8] = 0x80000000 | 0;
    for (let i = 9; i < 15; i++) w[i] = 0;
    w[15] = (64 + 32) * 8;
    sha256Compress(this.outer, w, t);
    for (let i = 0; i < 8; i++) out[offset + i] = t[i]!;
  }

  private macLong(a: Uint8Array, b: Uint8Array, out: Int32Array, offset: number): void {
    const length = a.length + b.length;
    const total = Math.ceil((length + 9) / 64) * 64;
    const padded = new Uint8Array(total);
    padded.set(a, 0);
    padded.set(b, a.length);
    padded[length] = 0x80;
    const view = new DataView(padded.buffer);
    const bits = (64 + length) * 8;
    view.setUint32(total - 8, Math.floor(bits / 0x100000000));
    view.setUint32(total - 4, bits >>> 0);
    const state = new Int32Array(this.inner);
    const w = this.w;
    for (let block = 0; block < total; block += 64) {
      for (let i = 0; i < 16; i++) w[i] = view.getInt32(block + i * 4);
      if (block + 64 === total) {
        this.finish(state, w, out, offset);
        return;
      }
      sha256Compress(state, w, state);
    }
  }

  private padState(key: Uint8Array, pad: number, out: Int32Array): void {
    const w = new Int32Array(16);
    for (let i = 0; i < 64; i++) w[i >> 2]! |= ((key[i] ?? 0) ^ pad) << (24 - ((i & 3) << 3));
    sha256Compress(SHA256_IV as Int32Array, w, out);
  }
}

const EMPTY = new Uint8Array(0);

/**
 * The 16-word inner block of HMAC-SHA256 for a message `prefix ‖ suffix` with a suffix of
 * `suffixLength` bytes still to be OR-ed in at byte `prefix.length`: prefix bytes, the 0x80
 * pad byte and the bit length (64-byte key block + message) are already in place.
 * Returns null when the message does not fit one block (more than 55 bytes).
 */
export function blockTemplate(prefix: Uint8Array, suffixLength: number): Int32Array | null {
  const length = prefix.length + suffixLength;
  if (length > 55) return null;
  const w = new Int32Array(16);
  for (let i = 0; i < prefix.length; i++) w[i >> 2]! |= prefix[i]! << (24 - ((i & 3) << 3));
  w[length >> 2]! |= 0x80 << (24 - ((length & 3) << 3));
  w[15] = (64 + length) * 8;
  return w;
}

/** OR the bytes of an ASCII string into a block template at byte `offset`; false if not ASCII. */
export function orAscii(block: Int32Array, offset: number, text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 127) return false;
    const p = offset + i;
    block[p >> 2]! |= code << (24 - ((p & 3) << 3));
  }
  return true;
}

/** One-shot HMAC-SHA256. */
export function hmacSha256(key: Uint8Array, message: Uint8Array): Uint8Array {
  return new HmacSha256(key).mac(message);
}
