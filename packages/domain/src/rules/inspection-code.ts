import type { CaseCheckStatus } from '../vocabulary/inspection.js';

/**
 * 检查码 (扫码入企): every approved check carries a code the enterprise scans or types to see that
 * the check is lawful. Twelve characters of Crockford's base32 (no I, L, O, U: nothing to misread),
 * in three groups — 60 random bits, so a code cannot be guessed. Typed codes are read leniently:
 * any case, spaces or dashes anywhere, O for 0 and I or L for 1.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const INSPECTION_CODE_LENGTH = 12;

/** A code from 12 random bytes (each gives one character; 256 is a multiple of 32, so none is favoured). */
export function inspectionCodeFrom(random: Uint8Array): string {
  if (random.length < INSPECTION_CODE_LENGTH) throw new Error(`an inspection code needs ${INSPECTION_CODE_LENGTH} random bytes`);
  const chars = Array.from(random.subarray(0, INSPECTION_CODE_LENGTH), (byte) => ALPHABET[byte % 32]!).join('');
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
}

/** A typed or scanned code in its stored form, or null when it cannot be one. */
export function normaliseInspectionCode(text: string): string | null {
  const chars = text.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (chars.length !== INSPECTION_CODE_LENGTH || ![...chars].every((ch) => ALPHABET.includes(ch))) return null;
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
}

/** What the enterprise at its door should make of a scanned 检查码, by the check's state and window. */
export interface Verdict {
  tone: 'ok' | 'warn' | 'danger';
  message: string;
}

export function inspectionVerdict(facts: { status: CaseCheckStatus; windowFrom: string; windowTo: string; endedOn: string | null }, today: string): Verdict {
  const { status, windowFrom, windowTo } = facts;
  if (status === 'done') return { tone: 'warn', message: `该检查已于 ${facts.endedOn ?? windowTo} 实施完毕，检查码已失效：不得再凭此码入企检查。` };
  if (status === 'withdrawn') return { tone: 'danger', message: '该检查已撤回，检查码已失效：不得凭此码入企检查。' };
  if (status !== 'approved') return { tone: 'danger', message: '该检查未获批准：不得凭此码入企检查。' };
  if (today < windowFrom) return { tone: 'warn', message: `该检查已经批准，但检查期间自 ${windowFrom} 开始，今天尚不能凭此码入企检查。` };
  if (today > windowTo) return { tone: 'danger', message: `检查期间已于 ${windowTo} 结束，检查码已过期：不得再凭此码入企检查。` };
  return { tone: 'ok', message: `该检查已经批准，今天在批准的检查期间（${windowFrom} 至 ${windowTo}）之内，请核对下列执法人员的执法证件。` };
}
