import { describe, expect, it } from 'vitest';
import { tokenBuckets } from './rate-limit.js';

describe('public API token buckets', () => {
  it('allows the burst, then one request per refill interval, per address', () => {
    let t = 0;
    const buckets = tokenBuckets({ perMinute: 60, burst: 3 }, () => t);
    expect([1, 2, 3].map(() => buckets.take('10.0.0.1'))).toEqual([0, 0, 0]);
    expect(buckets.take('10.0.0.1')).toBe(1);
    expect(buckets.take('10.0.0.2')).toBe(0);
    t += 1000;
    expect(buckets.take('10.0.0.1')).toBe(0);
    expect(buckets.take('10.0.0.1')).toBe(1);
  });

  it('counts an IPv6 client by its /64', () => {
    const buckets = tokenBuckets({ perMinute: 1, burst: 1 }, () => 0);
    expect(buckets.take('2001:db8::1')).toBe(0);
    expect(buckets.take('2001:db8::2')).toBe(60);
  });
});
