/**
 * Calendar dates as 'YYYY-MM-DD' strings, the form the database returns. Deadlines are
 * local (China Standard Time): "today" is today in Asia/Shanghai, whatever the server's zone.
 * Such strings compare correctly with < and >.
 */
export type LocalDate = string;

export function localDate(instant: Date): LocalDate {
  return instant.toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
}

/** `date` plus `days` calendar days. */
export function addDays(date: LocalDate, days: number): LocalDate {
  const t = Date.parse(`${date}T00:00:00Z`);
  return new Date(t + days * 86_400_000).toISOString().slice(0, 10);
}

export const earlier = (a: LocalDate, b: LocalDate): LocalDate => (a <= b ? a : b);
