/** Ids that tie a field's label, hint and error message together (aria-describedby). */
export function fieldIds(name: string, id?: string) {
  const base = id ?? `f-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  return { input: base, hint: `${base}-hint`, error: `${base}-error` };
}

export function describedBy(ids: { hint: string; error: string }, hint?: string | null, error?: string | null): string | undefined {
  const parts = [hint ? ids.hint : null, error ? ids.error : null].filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : undefined;
}
