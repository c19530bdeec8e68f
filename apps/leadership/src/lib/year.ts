import { dateInShanghai, yearOf } from '@liancha/domain';

/** This year in Beijing (the API counts days and years in China's time zone too). */
export function beijingYear(now: Date = new Date()): number {
  return yearOf(dateInShanghai(now));
}

/** The year asked for in the URL (?year=2026), else this year in Beijing. */
export function yearParam(url: URL): number {
  const asked = Number.parseInt(url.searchParams.get('year') ?? '', 10);
  return Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : beijingYear();
}

/** The years the year picker offers: a few back, two ahead (plans are made for the next year), and the one shown. */
export function yearChoices(shown: number, now: Date = new Date()): number[] {
  const current = beijingYear(now);
  const years = new Set<number>([shown]);
  for (let y = current - 4; y <= current + 2; y++) years.add(y);
  return [...years].sort((a, b) => b - a);
}
