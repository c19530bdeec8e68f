import { error } from '@sveltejs/kit';
import type { Values } from './form-actions.js';

/** The content types a browser's form posts with (text/plain forms are not read: their encoding is ambiguous). */
const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data'];

export const NOT_A_FORM = '提交的内容不是表单数据，请在页面上填写表单后提交';
export const UNREADABLE_FORM = '表单数据无法读取，请刷新页面后重新提交';
export const FORM_TOO_LARGE = '提交的内容超过了允许的大小';

/** Reading a posted form: trimmed text, empty as null, numbers, lists, check boxes. */
export class FormReader {
  constructor(readonly data: FormData) {}

  /**
   * The one way form actions read their request: a body that is not form data is a 415 and
   * one that cannot be parsed a 400, each with a Chinese message, instead of the TypeError
   * `request.formData()` throws (which SvelteKit would answer with a 500).
   */
  static async of(request: Request): Promise<FormReader> {
    const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (!FORM_TYPES.includes(type)) error(415, NOT_A_FORM);
    try {
      // eslint-disable-next-line no-restricted-syntax -- the one place that reads a request body as a form
      return new FormReader(await request.formData());
    } catch (cause) {
      // The body was larger than the portal's BODY_SIZE_LIMIT (adapter-node stops reading it).
      if (statusOf(cause) === 413) error(413, FORM_TOO_LARGE);
      error(400, UNREADABLE_FORM);
    }
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

  /** The name of a chosen file that holds no bytes (browsers send an unnamed empty part when none is chosen). */
  emptyFileName(name: string): string | null {
    const value = this.data.get(name);
    return value instanceof File && value.size === 0 && value.name !== '' ? value.name : null;
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

function statusOf(cause: unknown): number | undefined {
  const status = (cause as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}
