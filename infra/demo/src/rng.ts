import seedrandom from 'seedrandom';

/**
 * A small seeded random source. Each part of the demo draws from its own stream
 * (`seed|part`), so changing how many values one part consumes does not reshuffle
 * every other part.
 */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Index chosen with probability proportional to its weight. */
  weightedIndex(weights: readonly number[]): number;
  weighted<T>(items: readonly T[], weights: readonly number[]): T;
  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[];
  /** `count` distinct items in random order. */
  sample<T>(items: readonly T[], count: number): T[];
}

export function createRng(seed: string, stream: string): Rng {
  const prng = seedrandom(`${seed}|${stream}`);
  const next = () => prng();
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new RangeError('cannot pick from an empty list');
    return items[int(0, items.length - 1)]!;
  };
  const weightedIndex = (weights: readonly number[]): number => {
    const total = weights.reduce((sum, w) => sum + w, 0);
    if (!(total > 0)) throw new RangeError('weights must add up to more than zero');
    let target = next() * total;
    for (let i = 0; i < weights.length; i++) {
      target -= weights[i]!;
      if (target < 0) return i;
    }
    // Floating-point leftovers land on the last positive weight.
    for (let i = weights.length - 1; i >= 0; i--) if (weights[i]! > 0) return i;
    return weights.length - 1;
  };
  const shuffle = <T>(items: readonly T[]): T[] => {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = int(0, i);
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  };
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick,
    weightedIndex,
    weighted: (items, weights) => {
      if (items.length !== weights.length) throw new RangeError('items and weights differ in length');
      return items[weightedIndex(weights)]!;
    },
    shuffle,
    sample: (items, count) => {
      if (count > items.length) throw new RangeError(`cannot sample ${count} of ${items.length}`);
      return shuffle(items).slice(0, count);
    },
  };
}

/** 'YYYY-MM-DD' for a random day between two ISO dates (inclusive), computed in UTC. */
export function randomDate(rng: Rng, from: string, to: string): string {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  if (!(end >= start)) throw new RangeError(`bad date range ${from}..${to}`);
  const days = Math.round((end - start) / 86_400_000);
  return new Date(start + rng.int(0, days) * 86_400_000).toISOString().slice(0, 10);
}
