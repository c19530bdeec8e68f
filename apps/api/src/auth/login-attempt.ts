import {
  deleteLoginThrottleRow,
  lockLoginThrottleRows,
  saveLoginThrottleRow,
  withTransaction,
  type Executor,
  type LoginThrottleKey,
  type LoginThrottleRow,
} from '@liancha/db';
import type { DomainError } from '@liancha/domain';
import { addressThrottleKey } from './client-address.js';
import { afterFailure, afterRefusal, isLocked, tooManyAttempts, waitMs, withoutProvisionalFailure } from './login-throttle.js';
import { DEFAULT_POLICIES, type ThrottlePolicies } from './login-throttle-policy.js';

/** The keys one attempt counts against: the name as typed (normalised), and the client address when known. */
export interface AttemptKeys {
  account: LoginThrottleKey;
  address: LoginThrottleKey | null;
}

export function attemptKeys(username: string, ip: string | null): AttemptKeys {
  return { account: { keyKind: 'account', key: username }, address: ip === null ? null : { keyKind: 'address', key: addressThrottleKey(ip) } };
}

const keyList = (keys: AttemptKeys) => (keys.address ? [keys.account, keys.address] : [keys.account]);
const policyOf = (row: LoginThrottleRow, policies: ThrottlePolicies) => (row.keyKind === 'account' ? policies.account : policies.address);

/** What one key looks like once the attempt has been counted as failed. */
export interface CountedKey {
  key: string;
  failures: number;
  /** This failure locked the key: set when the lock began, and until when. */
  lockedUntil: Date | null;
  locks: number;
  /** The key's last failure before this attempt (to take the provisional one back exactly). */
  previousFailureAt: Date | null;
}

export type Claim = { refusal: DomainError } | { refusal: null; account: CountedKey; address: CountedKey | null };

/**
 * Step one of a login, in its own short transaction that commits whatever happens next:
 * either refuse the attempt unchecked (the key waits or is locked; only the refusal is counted),
 * or count it as a failure before the password is checked. Counting first means concurrent
 * attempts (several workers) see each other at once, and no lock is held while scrypt runs;
 * a right password then takes the provisional failure back (`settleSuccess`).
 */
export async function claimAttempt(db: Executor, keys: AttemptKeys, now: Date, policies: ThrottlePolicies = DEFAULT_POLICIES): Promise<Claim> {
  return withTransaction(db, async (trx): Promise<Claim> => {
    const rows = await lockLoginThrottleRows(trx, keyList(keys));
    const wait = Math.max(...rows.map((row) => waitMs(row, now)));
    if (wait > 0) {
      for (const row of rows) if (waitMs(row, now) > 0) await saveLoginThrottleRow(trx, afterRefusal(row, now), now);
      const account = rows.find((row) => row.keyKind === 'account')!;
      return { refusal: tooManyAttempts(wait, isLocked(account, now) && waitMs(account, now) >= wait) };
    }
    const counted = new Map<string, CountedKey>();
    for (const row of rows) {
      const { state, locked } = afterFailure(policyOf(row, policies), row, now);
      await saveLoginThrottleRow(trx, state, now);
      counted.set(row.keyKind, {
        key: row.key,
        failures: state.failures,
        lockedUntil: locked ? state.lockedUntil : null,
        locks: state.locks,
        previousFailureAt: row.lastFailureAt,
      });
    }
    return { refusal: null, account: counted.get('account')!, address: counted.get('address') ?? null };
  });
}

/** A right password: the account starts afresh; the address only loses this attempt's provisional failure. */
export async function settleSuccess(
  trx: Executor,
  keys: AttemptKeys,
  claimed: CountedKey | null,
  now: Date,
  policies: ThrottlePolicies = DEFAULT_POLICIES,
): Promise<void> {
  const rows = await lockLoginThrottleRows(trx, keyList(keys));
  await deleteLoginThrottleRow(trx, keys.account);
  const address = rows.find((row) => row.keyKind === 'address');
  if (address) await saveLoginThrottleRow(trx, withoutProvisionalFailure(policies.address, address, now, claimed?.previousFailureAt ?? null), now);
}
