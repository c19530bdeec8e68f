import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { apiErrorOf } from '@liancha/api-client';
import { clearSessionCookie, refusal, type Values } from '@liancha/api-client/sveltekit';
import type { EnterpriseSession } from '$lib/components/enterprise/types';

/**
 * The enterprise's own area (企业专区) keeps its session like the staff portals — the API's token in
 * the HttpOnly `liancha_session` cookie — but has no login page: a dead session goes back to the
 * activation form of `/r/<code>/enterprise`, saying why by a code in the URL (the page prints a
 * fixed text for it, never text taken from the URL).
 */
const NOTICES = {
  session_expired: '企业专区的登录已过期，请使用新的激活码重新进入',
  session_revoked: '您已退出企业专区或会话已被注销，请使用新的激活码重新进入',
  session_unknown: '企业专区的登录状态无效，请使用新的激活码重新进入',
  logged_out: '您已退出企业专区',
} as const;
type NoticeCode = keyof typeof NOTICES;

/** The Chinese text of a `?notice=` code; unknown codes show nothing. */
export function noticeText(code: string | null): string | null {
  return code && Object.hasOwn(NOTICES, code) ? NOTICES[code as NoticeCode] : null;
}

/** Why the API refused the cookie's token. A staff token (or none) is no enterprise session: nothing to say. */
function noticeOf(reason: string | null): NoticeCode | null {
  if (reason === 'session_expired' || reason === 'session_revoked' || reason === 'session_unknown') return reason;
  return null;
}

export function areaPath(code: string): string {
  return `/r/${code}/enterprise`;
}

/** Forget the cookie and show the activation form, saying why. */
function dropSession(event: RequestEvent, reason: string | null): never {
  clearSessionCookie(event.cookies);
  const notice = noticeOf(reason);
  redirect(303, areaPath(event.params.code!) + (notice ? `?notice=${notice}` : ''));
}

/**
 * The enterprise signed in to this region's area, or null with the notice to show over the form.
 * A cookie the API does not take as an enterprise's session (a staff token, one expired, revoked or
 * unknown) is forgotten; one of another region's area leaves this region's form showing.
 */
export async function enterpriseSession(event: RequestEvent): Promise<{ session: EnterpriseSession | null; notice: string | null }> {
  const asked = noticeText(event.url.searchParams.get('notice'));
  if (!event.locals.hasSession) return { session: null, notice: asked };
  try {
    const session = await event.locals.api.enterprise.me.query();
    return session.enterprise.regionCode === event.params.code ? { session, notice: null } : { session: null, notice: asked };
  } catch (cause) {
    const info = apiErrorOf(cause);
    if (info.code === 'NETWORK') error(503, '公示服务暂时无法访问，请稍后重试');
    if (info.code !== 'UNAUTHORIZED') throw cause;
    clearSessionCookie(event.cookies);
    return { session: null, notice: noticeText(noticeOf(info.reason)) ?? asked };
  }
}

/** A page of the area beyond its first: only with a session (the layout's), else back to the form. */
export async function requireEnterprise(event: RequestEvent & { parent: () => Promise<{ session: EnterpriseSession | null }> }): Promise<EnterpriseSession> {
  const { session } = await event.parent();
  if (!session) redirect(303, areaPath(event.params.code!));
  return session;
}

/** A query of the area's page: a session that ended meanwhile goes back to the form; the API down is 503. */
export async function ask<T>(event: RequestEvent, call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch (cause) {
    const info = apiErrorOf(cause);
    if (info.code === 'UNAUTHORIZED') dropSession(event, info.reason);
    if (info.code === 'NETWORK') error(503, '公示服务暂时无法访问，请稍后重试');
    throw cause;
  }
}

/** A refused form action of the area: as the portals' `refusal`, but a dead session goes back to the form, not to a login page. */
export function enterpriseRefusal(event: RequestEvent, cause: unknown, values: Values, options: { form: string; fields: readonly string[] }) {
  const info = apiErrorOf(cause);
  if (info.code === 'UNAUTHORIZED') dropSession(event, info.reason);
  return refusal(event, cause, values, options);
}
