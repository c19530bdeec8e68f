/**
 * The page side of a refused form: what was typed (or the stored value), the error of a field,
 * and whether a refusal belongs to this form.
 */
export interface RefusalData {
  form: string;
  message: string;
  errors: Record<string, string>;
  issues: { row?: number; field?: string; message: string }[];
  values: Record<string, string | string[]>;
}

export type MaybeRefusal = Partial<RefusalData> & Record<string, unknown>;

export function refusalOf(form: MaybeRefusal | null | undefined, name = 'default'): RefusalData | null {
  if (!form || typeof form.message !== 'string' || (form.form ?? 'default') !== name) return null;
  return { form: name, message: form.message, errors: form.errors ?? {}, issues: form.issues ?? [], values: form.values ?? {} };
}

/** The typed value after a refusal, else the stored one. */
export function typed(refused: RefusalData | null, name: string, stored: unknown = ''): string {
  if (refused && name in refused.values) {
    const value = refused.values[name];
    return Array.isArray(value) ? (value[0] ?? '') : (value ?? '');
  }
  if (stored === null || stored === undefined) return '';
  return String(stored);
}

export function typedList(refused: RefusalData | null, name: string, stored: readonly string[] = []): string[] {
  if (refused) {
    const value = refused.values[name];
    if (value === undefined) return [];
    return Array.isArray(value) ? value : [value];
  }
  return [...stored];
}

export function fieldError(refused: RefusalData | null, name: string): string | null {
  return refused?.errors[name] ?? null;
}

/**
 * A field's name, the value typed before a refusal (else `stored`) and its error, to spread into a field:
 * `{...typedField(refused, 'code')}`; `errorOf` when the API names the value differently (`fineYuan` → `fineFen`).
 */
export function typedField(refused: RefusalData | null, name: string, stored: unknown = '', errorOf = name) {
  return { name, value: typed(refused, name, stored), error: fieldError(refused, errorOf) };
}

/** The same for a group of check boxes: the values ticked before a refusal (else `stored`). */
export function typedListField(refused: RefusalData | null, name: string, stored: readonly string[] = []) {
  return { name, values: typedList(refused, name, stored), error: fieldError(refused, name) };
}

/** Basis points as the percent a user types: 1000 → "10". */
export function bpToPercent(bp: number | null | undefined): string {
  if (bp === null || bp === undefined) return '';
  return String(bp / 100);
}
