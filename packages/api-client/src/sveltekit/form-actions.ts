import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { apiErrorOf, type ApiErrorInfo } from '../client.js';
import { loginUrl, sessionNotice } from './portal-auth.js';
import { clearSessionCookie } from './session-cookie.js';

const STATUS: Record<string, number> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PRECONDITION_FAILED: 412,
  PAYLOAD_TOO_LARGE: 413,
  TOO_MANY_REQUESTS: 429,
  NETWORK: 503,
};

export type Values = Record<string, string | string[]>;

/** What a refused form action gives back to its page: the message, errors by field, and what the user typed. */
export interface Refusal {
  /** Which form on the page was refused (pages with several forms). */
  form: string;
  message: string;
  errors: Record<string, string>;
  /** Issues that belong to no field of the form (row numbers, whole-form rules). */
  issues: { row?: number; field?: string; message: string }[];
  values: Values;
}

/** "patch.name" → "name", "itemIds.3" → "itemIds": the name of the form field an issue is about. */
export function fieldOf(path: string): string {
  const parts = path.split('.').filter((p) => p !== 'patch' && p !== 'input' && !/^\d+$/.test(p));
  return parts.join('.');
}

/** An expired or revoked session during a form post or a load goes back to the login page, saying why. */
function toLogin(event: RequestEvent, info: ApiErrorInfo): never {
  clearSessionCookie(event.cookies);
  redirect(303, loginUrl(event.url.pathname + event.url.search, sessionNotice(info.reason)));
}

/**
 * A refused API call in a form action: fail() with the Chinese message, each issue next to its
 * field (when the form has that field), and the values typed so the form can show them again.
 */
export function refusal(event: RequestEvent, cause: unknown, values: Values, options: { form?: string; fields?: readonly string[] } = {}) {
  const info = apiErrorOf(cause);
  if (info.code === 'UNAUTHORIZED') toLogin(event, info);
  if (info.code === 'INTERNAL_SERVER_ERROR') console.error(cause);
  const errors: Record<string, string> = {};
  const issues: Refusal['issues'] = [];
  for (const issue of info.issues) {
    const field = issue.field ? fieldOf(issue.field) : '';
    const known = field !== '' && (!options.fields || options.fields.includes(field));
    if (known && issue.row === undefined) errors[field] ??= issue.message;
    else issues.push(issue);
  }
  return fail(STATUS[info.code] ?? 500, { form: options.form ?? 'default', message: info.message, errors, issues, values } satisfies Refusal);
}

/** A refusal found before calling the API (a number that is not a number, a missing file). */
export function invalid(errors: Record<string, string>, values: Values, form = 'default', message = '输入有误，请检查标注的字段') {
  return fail(400, { form, message, errors, issues: [], values } satisfies Refusal);
}

/**
 * A query a page cannot do without: missing or out of reach is the Chinese not-found page
 * (never "exists but forbidden"), a dead session goes to the login page.
 */
export async function must<T>(event: RequestEvent, call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch (cause) {
    const info = apiErrorOf(cause);
    if (info.code === 'UNAUTHORIZED') toLogin(event, info);
    if (info.code === 'NOT_FOUND') error(404, info.message || '页面不存在或您无权查看');
    if (info.code === 'FORBIDDEN') error(403, info.message);
    if (info.code === 'BAD_REQUEST') error(404, '页面不存在或您无权查看');
    if (info.code === 'NETWORK') error(503, info.message);
    throw cause;
  }
}

/** A query whose failure the page can live with (a home-page panel): the result or the Chinese reason. */
export async function maybe<T>(event: RequestEvent, call: Promise<T>): Promise<{ ok: true; value: T } | { ok: false; message: string; code: string }> {
  try {
    return { ok: true, value: await call };
  } catch (cause) {
    const info = apiErrorOf(cause);
    if (info.code === 'UNAUTHORIZED') toLogin(event, info);
    return { ok: false, message: info.message, code: info.code };
  }
}
