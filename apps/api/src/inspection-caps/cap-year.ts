import { dateInShanghai } from '@liancha/domain';

/** The year asked for, or this year in Beijing; and today there. */
export function capYear(now: Date, year: number | undefined): { year: number; today: string } {
  const today = dateInShanghai(now);
  return { year: year ?? Number(today.slice(0, 4)), today };
}
