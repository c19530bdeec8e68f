import { fail, redirect, type Cookies, type RequestEvent } from '@sveltejs/kit';
import type { SessionUser } from '@liancha/api/router';
import { apiErrorOf } from '../client.js';
import type { PortalLocals } from './portal-handle.js';
import { FormReader } from './form-reader.js';
import { clearSessionCookie, setSessionCookie } from './session-cookie.js';

type Role = SessionUser['roles'][number];

export interface PortalAccess {
  /** Roles that may use this portal; a user with none of them is turned away at login. */
  roles: readonly Role[];
  /** Where to send such a user, in Chinese. */
  refusal: string;
}

const locals = (event: RequestEvent) => event.locals as unknown as PortalLocals;

/**
 * Why the login page is shown, as a code in its URL: the page prints a fixed Chinese text for
 * it, never text taken from the URL (a crafted link could otherwise put any words there).
 */
const NOTICES = {
  session_expired: '登录已过期，请重新登录',
  session_revoked: '您已退出登录或会话已被注销，请重新登录',
  session_unknown: '登录状态无效，请重新登录',
  logged_out: '您已安全退出',
} as const;
type NoticeCode = keyof typeof NOTICES | 'wrong_portal';

/** The login page's `?notice=` code for an UNAUTHORIZED answer of the API. */
export function sessionNotice(reason: string | null): NoticeCode {
  return reason === 'session_expired' || reason === 'session_revoked' ? reason : 'session_unknown';
}

/** The Chinese text for a login page's `?notice=` code; unknown codes show nothing. */
export function loginNotice(code: string | null, access: PortalAccess): string | null {
  if (code === 'wrong_portal') return access.refusal;
  return code && Object.hasOwn(NOTICES, code) ? NOTICES[code as keyof typeof NOTICES] : null;
}

/** Where a dead session goes: the login page, back to `next` afterwards, saying why. */
export function loginUrl(next: string, code: NoticeCode): string {
  return `/login?next=${encodeURIComponent(next)}&notice=${code}`;
}

/**
 * The user of a protected page, or a redirect to the login page that says why
 * (expired, revoked …). Used by each portal's root layout.
 */
export async function requireUser(event: RequestEvent, access: PortalAccess): Promise<{ user: SessionUser; expiresAt: Date; unread: number }> {
  const next = encodeURIComponent(event.url.pathname + event.url.search);
  if (!locals(event).hasSession) redirect(303, `/login?next=${next}`);
  try {
    const me = await locals(event).api.auth.me.query();
    if (!me.user.roles.some((role) => access.roles.includes(role))) {
      clearSessionCookie(event.cookies);
      redirect(303, '/login?notice=wrong_portal');
    }
    return me;
  } catch (error) {
    const info = apiErrorOf(error);
    if (info.code !== 'UNAUTHORIZED') throw error;
    clearSessionCookie(event.cookies);
    redirect(303, loginUrl(event.url.pathname + event.url.search, sessionNotice(info.reason)));
  }
}

export interface LoginFormState {
  username: string;
  message: string;
  fields?: Record<string, string>;
}

/** The page's status for a refused login; the message (with the wait, when throttled) comes from the API. */
const LOGIN_STATUS: Record<string, number> = { FORBIDDEN: 403, TOO_MANY_REQUESTS: 429, NETWORK: 503 };

/** Form action for /login: keeps what the user typed and shows errors next to the fields. */
export async function loginAction(event: RequestEvent, access: PortalAccess) {
  const form = await FormReader.of(event.request);
  const username = form.text('username');
  const typed = form.data.get('password');
  const password = typeof typed === 'string' ? typed : ''; // never trimmed: spaces may belong to it
  const fields: Record<string, string> = {};
  if (!username) fields.username = '请输入用户名';
  if (!password) fields.password = '请输入密码';
  if (Object.keys(fields).length > 0) return fail(400, { username, message: '请填写用户名和密码', fields } satisfies LoginFormState);

  let outcome;
  try {
    outcome = await locals(event).api.auth.login.mutate({ username, password });
  } catch (error) {
    const info = apiErrorOf(error);
    return fail(LOGIN_STATUS[info.code] ?? 400, { username, message: info.message } satisfies LoginFormState);
  }
  if (!outcome.user.roles.some((role) => access.roles.includes(role))) {
    return fail(403, { username, message: access.refusal } satisfies LoginFormState);
  }
  setSessionCookie(event.cookies, event.url, outcome.token, outcome.expiresAt);
  redirect(303, safeNext(event.url.searchParams.get('next'), event.url.origin));
}

/** Form action for logout: revoke the session in the API, then forget the cookie. */
export async function logoutAction(event: RequestEvent & { cookies: Cookies }) {
  try {
    await locals(event).api.auth.logout.mutate();
  } catch {
    // An already expired or revoked session is logged out anyway.
  }
  clearSessionCookie(event.cookies);
  redirect(303, '/login?notice=logged_out');
}

/**
 * Where to go after login: `next` resolved against the portal's own origin by the URL parser
 * (the browser's rules: tabs and newlines dropped, `\\` read as `/`, `..` collapsed), kept only
 * when it stays on that origin. The answer is the resolved path, query and fragment, so what the
 * browser follows is exactly what was checked (an open redirect would let a link send users
 * elsewhere after login); anything else is the home page.
 */
export function safeNext(next: string | null, origin: string): string {
  if (!next) return '/';
  let url: URL;
  try {
    url = new URL(next, origin);
  } catch {
    return '/';
  }
  // `/.//evil.example` resolves to the path `//evil.example`, which a browser reads as another host.
  if (url.origin !== new URL(origin).origin || url.pathname.startsWith('//')) return '/';
  return url.pathname + url.search + url.hash;
}
