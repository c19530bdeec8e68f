import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes } from './hex.js';
import { blockTemplate, HmacSha256, hmacSha256, orAscii } from './hmac-sha256.js';
import { Sha256, sha256, sha256Hex } from './sha256.js';
import { utf8 } from './bytes.js';

describe('SHA-256 (fast path) against FIPS 180-4 vectors and @noble/hashes', () => {
  it('matches the FIPS 180-4 examples', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
  });

  it('equals noble for any bytes, fed in any chunking', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.array(fc.nat(130), { maxLength: 6 }), (bytes, cuts) => {
        const hasher = new Sha256();
        let at = 0;
        for (const cut of cuts) {
          hasher.update(bytes.subarray(at, Math.min(bytes.length, at + cut)));
          at = Math.min(bytes.length, at + cut);
        }
        hasher.update(bytes.subarray(at));
        const expected = bytesToHex(nobleSha256(bytes));
        expect(bytesToHex(hasher.digest())).toBe(expected);
        expect(bytesToHex(sha256(bytes))).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('hashes UTF-8 of strings', () => {
    expect(sha256Hex('漳平')).toBe(bytesToHex(nobleSha256(utf8('漳平'))));
  });
});

describe('HMAC-SHA256 (midstate fast path)', () => {
  it('matches RFC 4231 test cases 1 and 2', () => {
    const key1 = new Uint8Array(20).fill(0x0b);
    expect(bytesToHex(hmacSha256(key1, utf8('Hi There')))).toBe('b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7');
    expect(bytesToHex(hmacSha256(utf8('Jefe'), utf8('what do ya want for nothing?')))).toBe('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
  });

  it('equals noble for any key and message, split in two parts', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), fc.uint8Array({ maxLength: 80 }), fc.uint8Array({ maxLength: 80 }), (key, a, b) => {
        const mac = new HmacSha256(key);
        const words = new Int32Array(10);
        mac.macInto(a, b, words, 2);
        const joined = new Uint8Array([...a, ...b]);
        const expected = bytesToHex(hmac(nobleSha256, key, joined));
        expect(bytesToHex(mac.mac(joined))).toBe(expected);
        const view = new DataView(hexToBytes(expected).buffer);
        expect([...words.subarray(2)]).toEqual(Array.from({ length: 8 }, (_, i) => view.getInt32(i * 4)));
      }),
      { numRuns: 300 },
    );
  });

  it('the block-template path equals the general path', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        fc.string({ maxLength: 30 }),
        fc.stringMatching(/^[0-9A-Z]{18}$/),
        (key, prefixText, ascii) => {
          const prefix = utf8(prefixText);
          const template = blockTemplate(prefix, ascii.length);
          fc.pre(template !== null);
          const mac = new HmacSha256(key);
          const block = new Int32Array(template!);
          expect(orAscii(block, prefix.length, ascii)).toBe(true);
          const viaBlock = new Int32Array(8);
          mac.macBlock(block, viaBlock);
          const viaBytes = new Int32Array(8);
          mac.macInto(prefix, utf8(ascii), viaBytes);
          expect([...viaBlock]).toEqual([...viaBytes]);
          const bytes = hexToBytes(bytesToHex(hmac(nobleSha256, key, new Uint8Array([...prefix, ...utf8(ascii)]))));
          const view = new DataView(bytes.buffer);
          expect([...viaBlock]).toEqual(Array.from({ length: 8 }, (_, i) => view.getInt32(i * 4)));
        },
      ),
      { numRuns: 200 },
    );
  });
});
