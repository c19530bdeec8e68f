import { addressThrottleKey } from '../../auth/client-address.js';

export interface RateLimit {
  perMinute: number;
  burst: number;
}

/** Buckets kept at most; past it the fullest (idle longest) are forgotten first — a full bucket is no bucket. */
const MAX_BUCKETS = 100_000;

/**
 * A token bucket per client address (an IPv6 client per /64, as for logins): `burst` requests at
 * once, then `perMinute` a minute. In memory and per process: with API_WORKERS > 1 each worker
 * counts on its own, so the effective limit is that many times higher — it protects the database
 * from one busy client, it is not an account of use.
 */
export function tokenBuckets(limit: RateLimit, now: () => number = Date.now) {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const perMs = limit.perMinute / 60_000;
  return {
    /** Takes a token for the address: 0 when allowed, else the whole seconds to wait. */
    take(address: string | null): number {
      const key = address === null ? 'unknown' : addressThrottleKey(address);
      const t = now();
      const bucket = buckets.get(key) ?? { tokens: limit.burst, at: t };
      bucket.tokens = Math.min(limit.burst, bucket.tokens + (t - bucket.at) * perMs);
      bucket.at = t;
      // Map order is insertion order: re-inserting keeps the most recent at the end.
      buckets.delete(key);
      buckets.set(key, bucket);
      if (buckets.size > MAX_BUCKETS) buckets.delete(buckets.keys().next().value!);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return 0;
      }
      return Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000));
    },
  };
}
