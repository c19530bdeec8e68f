/**
 * Helpers over the vocabulary tables: each concept is a const array of codes (its order is
 * the order users see), a type derived from it and a `Record<Code, string>` of Chinese names.
 */

/** The codes of a vocabulary as a non-empty tuple (what `z.enum` takes). */
export type Codes<T extends string> = readonly [T, ...T[]];

/**
 * A vocabulary declared once, as its codes with their Chinese names in the order users see:
 * `export const { codes: XS, labels: X_LABELS } = vocabulary({ a: '甲', b: '乙' })`.
 */
export function vocabulary<const L extends Record<string, string>>(labels: L): { codes: Codes<keyof L & string>; labels: Record<keyof L & string, string> } {
  const codes = Object.keys(labels);
  // Object.keys puts integer-like keys first, whatever order they were written in.
  const numeric = codes.find((code) => /^(0|[1-9]\d*)$/.test(code));
  if (numeric !== undefined) throw new Error(`vocabulary code "${numeric}" looks like an integer: its order would not be kept`);
  return { codes: codes as unknown as Codes<keyof L & string>, labels };
}

/** The Chinese names of `codes` as a choice, for messages: "在营、停产停业或关闭". */
export function choiceText<T extends string>(codes: readonly T[], labels: Readonly<Record<T, string>>): string {
  const names = codes.map((code) => labels[code]);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join('、')}或${names[names.length - 1]}`;
}

/** The Chinese name of a code that came from outside (a payload, a URL), or the code itself. */
export function labelFor<T extends string>(labels: Readonly<Record<T, string>>, code: string): string {
  return Object.hasOwn(labels, code) ? labels[code as T] : code;
}

/** Form options in the array's order. */
export function optionsOf<T extends string>(codes: readonly T[], labels: Readonly<Record<T, string>>): { value: T; label: string }[] {
  return codes.map((value) => ({ value, label: labels[value] }));
}

/** Whether a value from outside (a form, a URL) is one of `codes`. */
export function isOneOf<T extends string>(codes: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (codes as readonly string[]).includes(value);
}
