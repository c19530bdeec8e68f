import type { LoginThrottleRow } from '@liancha/db';
import { DomainError } from '@liancha/domain';
import type { ThrottlePolicy } from './login-throttle-policy.js';

/** A throttle row's state, without its key (pure: no database here). */
export type ThrottleState = Pick<
  LoginThrottleRow,
  'failures' | 'lastFailureAt' | 'nextAttemptAt' | 'lockedAt' | 'lockedUntil' | 'locks' | 'refused' | 'lastRefusedAt'
>;

const ms = (date: Date | null) => date?.getTime() ?? 0;

/** Milliseconds until this key accepts an attempt again; 0 when it does now. */
export function waitMs(state: ThrottleState, now: Date): number {
  return Math.max(0, Math.max(ms(state.lockedUntil), ms(state.nextAttemptAt)) - now.getTime());
}

export function isLocked(state: ThrottleState, now: Date): boolean {
  return state.lockedUntil !== null && state.lockedUntil > now;
}

/** An attempt refused without a password check: only counted. */
export function afterRefusal<S extends ThrottleState>(state: S, now: Date): S {
  return { ...state, refused: state.refused + 1, lastRefusedAt: now };
}

/**
 * The state a failed password check at `now` leaves, and whether this failure locked the key.
 * Failures are forgotten after a quiet window and after a lock has run out; locks (which double)
 * after a longer quiet spell.
 */
export function afterFailure<S extends ThrottleState>(policy: ThrottlePolicy, state: S, now: Date): { state: S; locked: boolean } {
  const quiet = state.lastFailureAt === null ? Infinity : now.getTime() - state.lastFailureAt.getTime();
  const lockServed = state.lockedUntil !== null && state.lockedUntil <= now;
  const failures = (lockServed || quiet >= policy.forgetFailuresMs ? 0 : state.failures) + 1;
  const locks = quiet >= policy.forgetLocksMs ? 0 : state.locks;
  const next: S = { ...state, failures, locks, lastFailureAt: now, nextAttemptAt: null, lockedAt: null, lockedUntil: null };
  if (failures >= policy.lockAfterFailures) {
    const lockMs = Math.min(policy.lockMs * 2 ** locks, policy.maxLockMs);
    return { state: { ...next, locks: locks + 1, lockedAt: now, lockedUntil: new Date(now.getTime() + lockMs) }, locked: true };
  }
  if (failures >= policy.freeFailures && policy.delayBaseMs > 0) {
    next.nextAttemptAt = new Date(now.getTime() + policy.delayBaseMs * 2 ** (failures - policy.freeFailures));
  }
  return { state: next, locked: false };
}

/**
 * Take back one failure counted before the password was checked, when the password was right
 * (the client address: a success there must not reset what other names failed from it). A lock
 * that this one failure brought about goes with it.
 */
export function withoutProvisionalFailure<S extends ThrottleState>(policy: ThrottlePolicy, state: S, now: Date, previousFailureAt: Date | null): S {
  const failures = Math.max(0, state.failures - 1);
  // The quiet window runs from the last real failure: a stream of successes must not keep old failures alive.
  const lastFailureAt = state.lastFailureAt?.getTime() === now.getTime() ? previousFailureAt : state.lastFailureAt;
  const next: S = { ...state, failures, lastFailureAt };
  if (failures < policy.freeFailures) next.nextAttemptAt = null;
  if (isLocked(state, now) && failures < policy.lockAfterFailures) {
    return { ...next, lockedAt: null, lockedUntil: null, locks: Math.max(0, state.locks - 1) };
  }
  return next;
}

/** "14 分 5 秒", "8 秒". */
export function formatWait(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return minutes > 0 ? `${minutes} 分 ${rest} 秒` : `${rest} 秒`;
}

/**
 * The 429 answer. It says the same for a name that is no user as for one that is (the lock
 * hint included), so the answer tells nothing about which names exist.
 */
export function tooManyAttempts(wait: number, accountLocked: boolean): DomainError {
  const retryAfterSeconds = Math.max(1, Math.ceil(wait / 1000));
  const base = `登录尝试过于频繁，请在 ${formatWait(retryAfterSeconds)}后再试`;
  return accountLocked
    ? new DomainError('too_many_requests', `${base}。该账号已被临时锁定，也可请本单位管理员解除锁定`, { reason: 'login_locked', retryAfterSeconds })
    : new DomainError('too_many_requests', base, { reason: 'login_throttled', retryAfterSeconds });
}
