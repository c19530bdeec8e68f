import type { Cookies } from '@sveltejs/kit';

export const SESSION_COOKIE = 'liancha_session';

/** The portal keeps the API's bearer token in its own HttpOnly cookie; browser JavaScript never sees it. */
export function setSessionCookie(cookies: Cookies, url: URL, token: string, expires: Date): void {
  cookies.set(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure: url.protocol === 'https:', expires });
}

export function clearSessionCookie(cookies: Cookies): void {
  cookies.delete(SESSION_COOKIE, { path: '/' });
}
