import type { Values } from './api-errors';

/** Reading a posted form: trimmed text, empty as null (the same reader as the agency portal's). */
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

  /** What the user typed, to show again when the server refuses. */
  values(): Values {
    const values: Values = {};
    for (const key of new Set(this.data.keys())) {
      const all = this.data.getAll(key).filter((v): v is string => typeof v === 'string');
      values[key] = all.length > 1 ? all : (all[0] ?? '');
    }
    return values;
  }
}
