// Shape checks shared by the freeze and the verifier. Identifiers end up inside HMAC
// messages and canonical JSON, so they must be non-empty and free of control characters.

/** True if the text holds a C0 control character or DEL. */
export function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/** Non-empty, at most `max` characters, no control characters, no leading/trailing blanks. */
export function isCleanText(value: unknown, max = 200): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= max && !hasControlCharacter(value) && value.trim() === value;
}

/** A stratum id or stratum field value: clean text without "|" (the ticket separator). */
export function isStratumText(value: unknown): value is string {
  return isCleanText(value, 100) && !value.includes('|');
}

/** An ISO calendar date YYYY-MM-DD that exists. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Non-negative safe integer. */
export function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** Sorted copy of unique strings (UTF-16 code unit order, as in canonical JSON). */
export function sortedUnique(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}

/** Compare strings by UTF-16 code units (the canonical JSON key order). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
