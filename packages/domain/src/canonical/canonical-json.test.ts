import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isDomainError } from '../errors.js';
import { canonicalJson } from './canonical-json.js';

describe('canonical JSON (RFC 8785, integer subset)', () => {
  it('sorts keys by UTF-16 code units, as in RFC 8785 §3.2.3', () => {
    // The RFC's sorting example: "\r" < "1" < "\u0080" < "\u00f6" < "\u20ac" < "\ud83d\ude00" < "\ufb33".
    const input = {
      '\u20ac': 'Euro Sign',
      '\r': 'Carriage Return',
      '\ufb33': 'Hebrew Letter Dalet With Dagesh',
      '1': 'One',
      '\ud83d\ude00': 'Emoji: Grinning Face',
      '\u0080': 'Control',
      '\u00f6': 'Latin Small Letter O With Diaeresis',
    };
    const text = canonicalJson(input);
    const order = ['Carriage Return', 'One', 'Control', 'Latin Small', 'Euro Sign', 'Emoji', 'Hebrew'].map((v) => text.indexOf(v));
    expect(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
    expect(text.startsWith('{"\\r":"Carriage Return","1":"One","\u0080":"Control"')).toBe(true);
  });

  it('writes no whitespace and escapes strings as ECMAScript does', () => {
    expect(canonicalJson({ b: [1, 'x', null, true, false], a: { d: -0, c: '\u0001"\\\n\u2028é' } })).toBe(
      '{"a":{"c":"\\u0001\\"\\\\\\n\u2028é","d":0},"b":[1,"x",null,true,false]}',
    );
  });

  it('rejects fractions, non-finite numbers, undefined, bigint, lone surrogates and class instances', () => {
    for (const bad of [
      { a: 1.5 },
      { a: NaN },
      { a: Infinity },
      { a: undefined },
      [undefined],
      { a: 2 ** 53 },
      { a: 1n },
      { a: '\ud800x' },
      { a: new Date(0) },
      { a: () => 1 },
    ]) {
      let error: unknown;
      try {
        canonicalJson(bad);
      } catch (e) {
        error = e;
      }
      expect(isDomainError(error) && error.reason === 'canonical_json_invalid').toBe(true);
    }
  });

  it('is a fixed point of parse → canonicalise and ignores key insertion order', () => {
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.constant(null),
        fc.boolean(),
        fc.maxSafeInteger(),
        fc.string({ unit: 'grapheme' }),
        fc.array(tie('node'), { maxLength: 4 }),
        fc.dictionary(fc.string({ unit: 'grapheme', maxLength: 4 }), tie('node'), { maxKeys: 4 }),
      ),
    })).node;
    fc.assert(
      fc.property(value, (v) => {
        const text = canonicalJson(v);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
        expect(canonicalJson(reverseKeys(v))).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('the large string-array fast path equals the element-wise path', () => {
    const list = Array.from({ length: 200 }, (_, i) => (i % 7 === 0 ? `é\u0001${i}` : `9135${i}`));
    const slow = '[' + list.map((s) => JSON.stringify(s)).join(',') + ']';
    expect(canonicalJson(list)).toBe(slow);
    expect(() => canonicalJson([...list, '\udc00'])).toThrow();
  });
});

function reverseKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(reverseKeys);
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.entries(v)
        .reverse()
        .map(([k, x]) => [k, reverseKeys(x)]),
    );
  return v;
}
