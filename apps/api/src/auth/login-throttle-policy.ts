/**
 * The login throttling policy, in one place. Two counters apply to every attempt: the account
 * (the normalised username, whether or not such a user exists) and the client address. Only
 * failed password checks count; an attempt refused while throttled is not checked at all.
 */
export interface ThrottlePolicy {
  /** Failures that cost nothing; from the next one on, each failure asks for a wait. */
  freeFailures: number;
  /** After failure n > freeFailures - 1 the next attempt waits delayBaseMs × 2^(n − freeFailures). */
  delayBaseMs: number;
  /** The failure that locks the key. */
  lockAfterFailures: number;
  /** How long the first lock lasts; each further lock without a success in between lasts twice as long … */
  lockMs: number;
  /** … up to this. */
  maxLockMs: number;
  /** Failures are forgotten after this long without one. */
  forgetFailuresMs: number;
  /** Locks (for the doubling) are forgotten after this long without a failure. */
  forgetLocksMs: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * Per account: 5 free failures, then waits of 1, 2, 4, 8, 16 s, and the 10th failure within
 * 15 minutes locks the account for 15 minutes (30, 60 … up to 24 h for further locks). An agency
 * admin (platform admin: any account of the region) may lift the lock earlier.
 */
export const ACCOUNT_POLICY: ThrottlePolicy = {
  freeFailures: 5,
  delayBaseMs: 1000,
  lockAfterFailures: 10,
  lockMs: 15 * MINUTE,
  maxLockMs: 24 * HOUR,
  forgetFailuresMs: 15 * MINUTE,
  forgetLocksMs: 24 * HOUR,
};

/**
 * Per client address (IPv4, or the IPv6 /64): 30 failures within 15 minutes, over any names,
 * block the address for 15 minutes. No waits before that: many people may share one office
 * address. An address block runs out by itself; nobody lifts it.
 */
export const ADDRESS_POLICY: ThrottlePolicy = {
  freeFailures: 30,
  delayBaseMs: 0,
  lockAfterFailures: 30,
  lockMs: 15 * MINUTE,
  maxLockMs: 15 * MINUTE,
  forgetFailuresMs: 15 * MINUTE,
  forgetLocksMs: 15 * MINUTE,
};

/** The two policies one login counts against. */
export interface ThrottlePolicies {
  account: ThrottlePolicy;
  address: ThrottlePolicy;
}

export const DEFAULT_POLICIES: ThrottlePolicies = { account: ACCOUNT_POLICY, address: ADDRESS_POLICY };

/**
 * The policies with the account's first wait set by the operator (LOGIN_DELAY_BASE_MS): the
 * doubling, the lock and the address block stay as above. The browser suite shortens the waits so
 * that locking an account does not take half a minute of real time.
 */
export function throttlePolicies(accountDelayBaseMs: number): ThrottlePolicies {
  return { account: { ...ACCOUNT_POLICY, delayBaseMs: accountDelayBaseMs }, address: ADDRESS_POLICY };
}

/** Rows untouched for this long (and not locked) are deleted: every count in them is forgotten by then. */
export const THROTTLE_ROW_RETENTION_MS = 24 * HOUR;
