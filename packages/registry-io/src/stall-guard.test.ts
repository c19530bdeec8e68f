import { describe, expect, it } from 'vitest';
import { withStallGuard } from './stall-guard.js';

describe('withStallGuard', () => {
  it('passes values through and ends with the source', async () => {
    async function* three() {
      yield 1;
      yield 2;
      yield 3;
    }
    const seen: number[] = [];
    for await (const n of withStallGuard(three(), 1000, () => new Error('stalled'))) seen.push(n);
    expect(seen).toEqual([1, 2, 3]);
  });

  it('fails when the source stops producing', async () => {
    async function* hangs() {
      yield 1;
      await new Promise(() => undefined);
    }
    const seen: number[] = [];
    const run = async () => {
      for await (const n of withStallGuard(hangs(), 50, () => new Error('stalled'))) seen.push(n);
    };
    await expect(run()).rejects.toThrow('stalled');
    expect(seen).toEqual([1]);
  });

  it('does not count the time the consumer takes', async () => {
    async function* two() {
      yield 1;
      yield 2;
    }
    const seen: number[] = [];
    for await (const n of withStallGuard(two(), 30, () => new Error('stalled'))) {
      await new Promise((resolve) => setTimeout(resolve, 80));
      seen.push(n);
    }
    expect(seen).toEqual([1, 2]);
  });
});
