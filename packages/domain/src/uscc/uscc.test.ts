import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { composeUscc, normalizeUscc, orgCodeCheckCharacter, USCC_CHARSET, usccCheckCharacter, validateUscc } from './uscc.js';

// Published USCCs of real organisations (public registration data), used as known-good vectors.
const REAL = [
  '91350100M000100Y43', // a Fujian enterprise code from the GB 32100 examples in circulation
  '91110000802100433B', // 中国石油化工股份有限公司
  '91440300708461136T', // 平安银行股份有限公司
];

describe('USCC (GB 32100)', () => {
  it('accepts real codes', () => {
    for (const code of REAL) expect(validateUscc(code)).toEqual({ ok: true, uscc: code });
  });

  it('normalises full-width characters, blanks and case', () => {
    expect(normalizeUscc(' ９１１１0000-802100433b ')).toBe('91110000802100433B');
    expect(validateUscc('９１１１００００８０２１００４３３Ｂ').ok).toBe(true);
  });

  it('names the wrong check character and its position', () => {
    const result = validateUscc('91110000802100433C');
    expect(result).toEqual({ ok: false, fault: { code: 'check_character', message: '第18位校验码应为“B”，实际为“C”', position: 18 } });
  });

  it('reports length, charset, authority and division faults in Chinese', () => {
    expect(validateUscc('9111000080210043').ok).toBe(false);
    const short = validateUscc('9111000080210043');
    expect(!short.ok && short.fault.message).toBe('统一社会信用代码应为18位，实际为16位');
    const bad = validateUscc('91110000802100433I');
    expect(!bad.ok && bad.fault).toMatchObject({ code: 'charset', position: 18 });
    const authority = validateUscc('B1110000802100433B');
    expect(!authority.ok && authority.fault.code).toBe('authority');
    const division = validateUscc('911A0000802100433B');
    expect(!division.ok && division.fault).toMatchObject({ code: 'division', position: 4 });
    expect(validateUscc('').ok).toBe(false);
  });

  it('checks the organisation code check character (GB 11714)', () => {
    expect(orgCodeCheckCharacter('80210043')).toBe('3');
    const wrong = validateUscc('91110000802100434B');
    expect(!wrong.ok && wrong.fault.code).toBe('org_check');
  });

  const body = fc.array(fc.constantFrom(...'0123456789ABCDEFGHJKLMNPQRTUWXY'), { minLength: 8, maxLength: 8 }).map((a) => a.join(''));

  it('composes codes that validate, and any single-character change is caught', () => {
    fc.assert(
      fc.property(body, fc.integer({ min: 0, max: 17 }), fc.integer({ min: 1, max: 30 }), (orgBody, pos, shift) => {
        const code = composeUscc({ authority: '9', entityType: '1', division: '350881', orgBody });
        expect(validateUscc(code).ok).toBe(true);
        const original = code[pos]!;
        const replaced = USCC_CHARSET[(USCC_CHARSET.indexOf(original) + shift) % 31]!;
        const mutated = code.slice(0, pos) + replaced + code.slice(pos + 1);
        // Positions 3–8 must stay digits for the division rule; any other change must fail somewhere.
        expect(validateUscc(mutated).ok).toBe(false);
      }),
    );
  });

  it('computes the mod-31 check character', () => {
    expect(usccCheckCharacter('91110000802100433')).toBe('B');
  });
});
