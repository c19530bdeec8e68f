import type { LoginKeyKind } from '@liancha/domain';
import type { Auto, DefaultedTimestamp, NullableTimestamp } from './columns.js';

/** What a throttle row counts: an account name (known or not) or a client address. */
export type LoginThrottleKind = LoginKeyKind;

/** Throttle state of one login key (not a tenant table: see the migration 2026-12-04-07). */
export interface LoginThrottleTable {
  keyKind: LoginThrottleKind;
  key: string;
  /** Failed password checks since the last reset (forgotten after a quiet window). */
  failures: Auto<number>;
  lastFailureAt: NullableTimestamp;
  /** No attempt is checked before this time (the exponential delay, or the lock's end). */
  nextAttemptAt: NullableTimestamp;
  lockedAt: NullableTimestamp;
  lockedUntil: NullableTimestamp;
  /** Consecutive locks: each lasts twice as long as the one before, up to a cap. */
  locks: Auto<number>;
  /** Attempts refused without a password check since the last reset. */
  refused: Auto<number>;
  lastRefusedAt: NullableTimestamp;
  updatedAt: DefaultedTimestamp;
}
