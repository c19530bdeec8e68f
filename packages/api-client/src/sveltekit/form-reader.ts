import type { Values } from './form-actions.js';

/** Reading a posted form: trimmed text, empty as null, numbers, lists, check boxes. */
export class FormReader {
  constructor(readonly data: FormData) {}

  static async of(request: Request): Promise<FormReader> {
    return new FormReader(await request.formData());
  }

  text(name: string): string {
    const value = this.data.get(name);
    return typeof value === 'string' ? value.trim() : '';
  }

  /** Empty → null. */
  optional(name: string): string | null {
    return this.text(name) || null;
  }

  /** Empty → null; anything else as typed (the API says what is wrong with it). */
  int(name: string): number | null {
    const text = this.text(name);
    if (text === '') return null;
    return Number(text.replace(/[,，\s]/g, ''));
  }

  /** A percentage typed as "10" or "2.5" → basis points (1000, 250); empty → null. */
  percentBp(name: string): number | null {
    const text = this.text(name).replace(/[%％\s]/g, '');
    if (text === '') return null;
    return Math.round(Number(text) * 100);
  }

  bool(name: string): boolean {
    const value = this.text(name);
    return value === 'on' || value === 'true' || value === '1';
  }

  list(name: string): string[] {
    return this.data.getAll(name).flatMap((v) => (typeof v === 'string' && v.trim() !== '' ? [v.trim()] : []));
  }

  /** One entry per line (or separated by ；/;), blank lines dropped. */
  lines(name: string): string[] {
    return this.text(name)
      .split(/\r?\n|；|;/)
      .map((s) => s.trim())
      .filter(Boolean);
  }

  file(name: string): File | null {
    const value = this.data.get(name);
    return value instanceof File && value.size > 0 ? value : null;
  }

  /** What the user typed, to show again when the server refuses (never files or passwords). */
  values(): Values {
    const values: Values = {};
    for (const key of new Set(this.data.keys())) {
      if (/password|secret/i.test(key)) continue;
      const all = this.data.getAll(key).filter((v): v is string => typeof v === 'string');
      if (all.length === 0) continue; // a file field
      values[key] = all.length > 1 ? all : all[0]!;
    }
    return values;
  }
}

/** A number typed into a form is not a number: the message for its field. */
export function notANumber(value: number | null): boolean {
  return value !== null && !Number.isFinite(value);
}
