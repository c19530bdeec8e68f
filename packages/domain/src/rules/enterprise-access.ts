import { DomainError } from '../errors.js';
import type { CaseCheckStatus } from '../vocabulary/inspection.js';
import type { CheckStatus } from '../vocabulary/check.js';

/**
 * The enterprise's own area (国办发〔2024〕54号: enterprises may see, question and rate the checks
 * of them). An enterprise has no password of ours: it signs in with a one-time activation code,
 * printed on a check notice or handed over by an agency's administrator, bound to its USCC.
 *
 * The code is 16 characters of Crockford's base32 in four groups (80 random bits, so it cannot be
 * guessed even without a lock-out); only its SHA-256 is stored. It works once, for 60 days.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const ACTIVATION_CODE_LENGTH = 16;
export const ACTIVATION_CODE_DAYS = 60;
/** An enterprise's session lasts a working day; a new code starts the next one. */
export const ENTERPRISE_SESSION_HOURS = 8;

/** A code from 16 random bytes (each gives one character; 256 is a multiple of 32, so none is favoured). */
export function activationCodeFrom(random: Uint8Array): string {
  if (random.length < ACTIVATION_CODE_LENGTH) throw new Error(`an activation code needs ${ACTIVATION_CODE_LENGTH} random bytes`);
  return groups(Array.from(random.subarray(0, ACTIVATION_CODE_LENGTH), (byte) => ALPHABET[byte % 32]!).join(''));
}

/** A typed code in its canonical form (any case, spaces or dashes anywhere, O for 0, I or L for 1), or null. */
export function normaliseActivationCode(text: string): string | null {
  const chars = text.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (chars.length !== ACTIVATION_CODE_LENGTH || ![...chars].every((ch) => ALPHABET.includes(ch))) return null;
  return groups(chars);
}

function groups(chars: string): string {
  return chars.match(/.{4}/g)!.join('-');
}

/** One refusal text for every bad code, so that a guess learns nothing about which part was wrong. */
export const ACTIVATION_REFUSAL = '统一社会信用代码与激活码不匹配，或激活码已使用、已过期。请核对检查通知书上的激活码，或向检查部门申请新的激活码。';

/**
 * 回避: the enterprise may ask before the visit starts that a named officer withdraw. Once the
 * team is at the door (in progress) or later, it is too late; a cancelled check has no team.
 */
export function recusalRequestRefusal(status: CheckStatus): DomainError | null {
  if (status === 'planned' || status === 'notified') return null;
  const message =
    status === 'cancelled' ? '该检查已取消，无需申请回避' : '检查已经开始或已经结束，不能再申请回避；如认为执法人员应当回避而未回避，可以提出投诉';
  return new DomainError('precondition_failed', message, { reason: 'recusal_too_late' });
}

/** 检查评价 and 投诉 come after the check: a drawn check once its results are in, a 个案/专项 check once done. */
export function ratingRefusal(check: { kind: 'drawn'; status: CheckStatus } | { kind: 'case'; status: CaseCheckStatus }): DomainError | null {
  const done = check.kind === 'drawn' ? ['recorded', 'approved', 'closed'].includes(check.status) : check.status === 'done';
  return done ? null : new DomainError('precondition_failed', '检查完成后才能评价或投诉', { reason: 'check_not_done' });
}

/**
 * Ratings reach the leadership group as aggregates only, and only for a group of at least five:
 * a smaller group could point to the enterprise that gave them.
 */
export const RATING_MIN_GROUP = 5;

export function ratingAggregateShown(count: number): boolean {
  return count >= RATING_MIN_GROUP;
}
