import { GIVEN_FEMALE, GIVEN_MALE, SURNAMES, TRADE_NAME_FIRST, TRADE_NAME_SECOND } from './name-parts.js';
import type { Gender } from '@liancha/domain';
import type { Rng } from './rng.js';

const SURNAME_WEIGHTS = SURNAMES.map(([, weight]) => weight);

/** A two- or three-character Chinese personal name. */
export function personName(rng: Rng, gender: Gender): string {
  const surname = SURNAMES[rng.weightedIndex(SURNAME_WEIGHTS)]![0];
  const pool = gender === 'male' ? GIVEN_MALE : GIVEN_FEMALE;
  const first = rng.pick(pool);
  if (rng.chance(0.2)) return surname + first;
  let second = rng.pick(pool);
  while (second === first) second = rng.pick(pool);
  return surname + first + second;
}

/** A two-character 字号 such as 鑫源 or 恒达 (never a doubled character). */
export function tradeName(rng: Rng): string {
  const first = rng.pick(TRADE_NAME_FIRST);
  let second = rng.pick(TRADE_NAME_SECOND);
  while (second === first) second = rng.pick(TRADE_NAME_SECOND);
  return first + second;
}

/** Retries `make` until it yields a value not yet in `taken`, then records it. */
export function uniqueValue(taken: Set<string>, make: () => string, what: string): string {
  for (let attempt = 0; attempt < 1000; attempt++) {
    const value = make();
    if (!taken.has(value)) {
      taken.add(value);
      return value;
    }
  }
  throw new Error(`could not find a unique ${what} after 1000 attempts`);
}

/** A mainland mobile number; fixed prefixes keep it plausible. */
export function mobileNumber(rng: Rng): string {
  const prefix = rng.pick(['133', '135', '137', '138', '139', '150', '153', '158', '159', '180', '186', '189']);
  return prefix + String(rng.int(0, 99_999_999)).padStart(8, '0');
}
