/**
 * 统一社会信用代码 (USCC) per GB 32100-2015.
 *
 * Layout (18 characters):
 *   1      登记管理部门代码 (registration authority)
 *   2      机构类别代码 (entity type)
 *   3–8    登记管理机关行政区划码 (6-digit division code)
 *   9–17   主体标识码 = 组织机构代码 (GB 11714: 8 body characters + 1 check character)
 *   18     校验码 (check character, mod 31)
 */

/** The 31 characters GB 32100 allows; I, O, Z, S and V are never used. */
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;
const AUTHORITY_CODES = '123456789ANY';

export type UsccFaultCode = 'empty' | 'length' | 'charset' | 'authority' | 'division' | 'org_check' | 'check_character';

export interface UsccFault {
  code: UsccFaultCode;
  /** Chinese message for end users, naming the position at fault. */
  message: string;
  /** 1-based position of the faulty character, when there is one. */
  position?: number;
}

export type UsccResult = { ok: true; uscc: string } | { ok: false; fault: UsccFault };

const NORMAL = /^[0-9A-Z]{18}$/;

/** Full-width → half-width, strip blanks and separators, upper-case. */
export function normalizeUscc(input: string): string {
  // As stored codes come (a pool reads a million): nothing to change.
  if (NORMAL.test(input)) return input;
  return input
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000\-－]/g, '')
    .toUpperCase();
}

/** Value of each allowed character by its code point (−1 elsewhere). */
const CHAR_VALUES = (() => {
  const table = new Int8Array(128).fill(-1);
  for (let i = 0; i < USCC_CHARSET.length; i++) table[USCC_CHARSET.charCodeAt(i)] = i;
  return table;
})();

function charValue(ch: string): number {
  const code = ch.charCodeAt(0);
  return code < 128 ? CHAR_VALUES[code]! : -1;
}

/** GB 11714 value of an organisation-code body character: 0–9, then A=10 … Z=35. */
function orgCharValue(ch: string): number {
  const code = ch.charCodeAt(0);
  if (code >= 48 && code <= 57) return code - 48;
  return code - 55;
}

/** Check character (position 9) of an 8-character GB 11714 organisation-code body. */
export function orgCodeCheckCharacter(body: string): string {
  if (body.length !== 8) throw new RangeError('organisation code body must have 8 characters');
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += orgCharValue(body[i]!) * ORG_WEIGHTS[i]!;
  const c = 11 - (sum % 11);
  if (c === 10) return 'X';
  if (c === 11) return '0';
  return String(c);
}

/** Check character (position 18) for the first 17 characters of a USCC. */
export function usccCheckCharacter(first17: string): string {
  if (first17.length !== 17) throw new RangeError('USCC check needs exactly 17 characters');
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = charValue(first17[i]!);
    if (v < 0) throw new RangeError(`invalid USCC character at position ${i + 1}`);
    sum += v * USCC_WEIGHTS[i]!;
  }
  const c = (31 - (sum % 31)) % 31;
  return USCC_CHARSET[c]!;
}

/** Validate after normalising; the first fault found is reported. */
export function validateUscc(input: string): UsccResult {
  const uscc = normalizeUscc(input);
  if (uscc.length === 0) return fail('empty', '统一社会信用代码不能为空');
  if (uscc.length !== 18) {
    return fail('length', `统一社会信用代码应为18位，实际为${uscc.length}位`);
  }
  for (let i = 0; i < 18; i++) {
    const ch = uscc[i]!;
    if (charValue(ch) < 0) {
      return fail('charset', `第${i + 1}位字符“${ch}”不合法（只允许数字和除 I、O、Z、S、V 以外的大写字母）`, i + 1);
    }
  }
  if (!AUTHORITY_CODES.includes(uscc[0]!)) {
    return fail('authority', `第1位登记管理部门代码“${uscc[0]}”无效`, 1);
  }
  const division = uscc.slice(2, 8);
  if (!/^\d{6}$/.test(division)) {
    const at = [...division].findIndex((ch) => !/\d/.test(ch));
    return fail('division', '第3–8位应为6位数字的行政区划代码', 3 + at);
  }
  const orgCheck = orgCodeCheckCharacter(uscc.slice(8, 16));
  if (uscc[16] !== orgCheck) {
    return fail('org_check', `第17位组织机构代码校验码应为“${orgCheck}”，实际为“${uscc[16]}”`, 17);
  }
  const check = usccCheckCharacter(uscc.slice(0, 17));
  if (uscc[17] !== check) {
    return fail('check_character', `第18位校验码应为“${check}”，实际为“${uscc[17]}”`, 18);
  }
  return { ok: true, uscc };
}

/** Build a valid USCC from its parts (authority, type, division, 8-character org body). */
export function composeUscc(parts: { authority: string; entityType: string; division: string; orgBody: string }): string {
  const first16 = parts.authority + parts.entityType + parts.division + parts.orgBody;
  if (first16.length !== 16) throw new RangeError('USCC parts must add up to 16 characters');
  const first17 = first16 + orgCodeCheckCharacter(parts.orgBody);
  return first17 + usccCheckCharacter(first17);
}

function fail(code: UsccFaultCode, message: string, position?: number): UsccResult {
  return { ok: false, fault: position === undefined ? { code, message } : { code, message, position } };
}
