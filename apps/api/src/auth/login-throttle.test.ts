import { describe, expect, it } from 'vitest';
import { afterFailure, formatWait, tooManyAttempts, waitMs, withoutProvisionalFailure, type ThrottleState } from './login-throttle.js';
import { ACCOUNT_POLICY, ADDRESS_POLICY } from './login-throttle-policy.js';

const fresh: ThrottleState = {
  failures: 0,
  lastFailureAt: null,
  nextAttemptAt: null,
  lockedAt: null,
  lockedUntil: null,
  locks: 0,
  refused: 0,
  lastRefusedAt: null,
};
const at = (seconds: number) => new Date(Date.UTC(2026, 11, 4) + seconds * 1000);

function fail(policy: typeof ACCOUNT_POLICY, state: ThrottleState, seconds: number) {
  return afterFailure(policy, state, at(seconds));
}

describe('login throttle state', () => {
  it('account: waits of 1, 2, 4, 8, 16 s from the 5th failure, a 15-minute lock at the 10th, doubling for the next lock', () => {
    let state = fresh;
    const waits: number[] = [];
    let t = 0;
    for (let n = 1; n <= 10; n++) {
      const out = fail(ACCOUNT_POLICY, state, t);
      state = out.state;
      waits.push(waitMs(state, at(t)) / 1000);
      expect(out.locked).toBe(n === 10);
      t += waitMs(state, at(t)) / 1000 || 0.1;
    }
    expect(waits).toEqual([0, 0, 0, 0, 1, 2, 4, 8, 16, 900]);
    // The lock served, the count starts again; the next lock lasts twice as long.
    t += 900;
    for (let n = 1; n <= 10; n++) {
      state = fail(ACCOUNT_POLICY, state, t).state;
      t += waitMs(state, at(t)) / 1000 || 0.1;
    }
    expect(state.locks).toBe(2);
    expect((state.lockedUntil!.getTime() - state.lockedAt!.getTime()) / 60_000).toBe(30);
  });

  it('forgets failures after 15 quiet minutes and locks after a day', () => {
    let state = fresh;
    for (let n = 0; n < 4; n++) state = fail(ACCOUNT_POLICY, state, n).state;
    expect(fail(ACCOUNT_POLICY, state, 3 + 15 * 60).state.failures).toBe(1);
    const locked = { ...state, failures: 0, locks: 3, lastFailureAt: at(0) };
    expect(fail(ACCOUNT_POLICY, locked, 23 * 3600).state.locks).toBe(3);
    expect(fail(ACCOUNT_POLICY, locked, 24 * 3600).state.locks).toBe(0);
  });

  it('address: no waits, a block at the 30th failure; a right password takes its own provisional failure back', () => {
    let state = fresh;
    for (let n = 1; n < 30; n++) state = fail(ADDRESS_POLICY, state, n).state;
    expect(waitMs(state, at(29))).toBe(0);
    const blocked = fail(ADDRESS_POLICY, state, 30);
    expect(blocked.locked).toBe(true);
    const undone = withoutProvisionalFailure(ADDRESS_POLICY, blocked.state, at(30), at(29));
    expect(undone).toMatchObject({ failures: 29, lockedUntil: null, locks: 0, lastFailureAt: at(29) });
    expect(waitMs(undone, at(30))).toBe(0);
    // Successes do not keep old failures alive: 15 minutes after the last real failure they are forgotten.
    expect(afterFailure(ADDRESS_POLICY, undone, at(29 + 15 * 60)).state.failures).toBe(1);
  });

  it('says the wait in Chinese, rounded up, and the same words whoever the account is', () => {
    expect(formatWait(845)).toBe('14 分 5 秒');
    expect(formatWait(8)).toBe('8 秒');
    expect(tooManyAttempts(1200, false).message).toBe('登录尝试过于频繁，请在 2 秒后再试');
    expect(tooManyAttempts(1200, false).retryAfterSeconds).toBe(2);
    expect(tooManyAttempts(900_000, true).message).toBe('登录尝试过于频繁，请在 15 分 0 秒后再试。该账号已被临时锁定，也可请本单位管理员解除锁定');
    expect(tooManyAttempts(900_000, true)).toMatchObject({ kind: 'too_many_requests', reason: 'login_locked' });
  });
});

describe('configured login waits', () => {
  it('LOGIN_DELAY_BASE_MS sets the account’s first wait; the doubling and the lock stay', async () => {
    const { loadConfig } = await import('../config.js');
    const { account, address } = loadConfig({ LOGIN_DELAY_BASE_MS: '100' }).loginPolicies;
    let state = fresh;
    const waits: number[] = [];
    for (let n = 1; n <= 10; n++) {
      state = afterFailure(account, state, at(n * 60)).state;
      waits.push(waitMs(state, at(n * 60)));
    }
    expect(waits).toEqual([0, 0, 0, 0, 100, 200, 400, 800, 1600, 900_000]);
    expect(address).toEqual(ADDRESS_POLICY);
    expect(loadConfig({}).loginPolicies.account).toEqual(ACCOUNT_POLICY);
    expect(() => loadConfig({ LOGIN_DELAY_BASE_MS: '0' })).toThrow(/LOGIN_DELAY_BASE_MS/);
  });
});
