/**
 * One set of value parsers for both engines, so a row reads the same on PGlite
 * and on PostgreSQL: int8 → number (counts and sequences stay below 2^53),
 * date → 'YYYY-MM-DD' string (no time-zone shifts), timestamptz → Date.
 */
export const OID = { int8: 20, date: 1082 } as const;

export const parseInt8 = (value: string): number => Number(value);
export const parseDate = (value: string): string => value;
