import type { HandleServerError, RequestEvent } from '@sveltejs/kit';
import { FORM_TOO_LARGE, NOT_A_FORM } from './form-reader.js';

/** SvelteKit's own refusals (English status texts) as the Chinese the error pages show. */
const REFUSALS: Record<number, string> = {
  400: '请求有误，请刷新页面后重试',
  404: '页面不存在或您无权查看',
  405: '此页面不接受提交',
  413: FORM_TOO_LARGE,
  415: NOT_A_FORM,
};

export const INTERNAL_ERROR = '服务器内部错误，请稍后重试';
export const BAD_ACTION = '请求的操作名称无效';

/**
 * Every portal's `handleError`: errors SvelteKit raises itself (no such action, a body that is
 * not form data, a wrong method …) are one log line and a Chinese message; anything else is a
 * fault of ours, logged in full and shown as a plain Chinese message without its details.
 */
export const portalHandleError: HandleServerError = ({ error, event, status, message }) => {
  if (status < 500) {
    console.warn(`${status} ${event.request.method} ${event.url.pathname}: ${message}`);
    return { message: REFUSALS[status] ?? REFUSALS[400]! };
  }
  console.error(error);
  return { message: INTERNAL_ERROR };
};

/**
 * A post naming the action "default" (`?/default`): SvelteKit throws a plain Error for it,
 * which would be a 500. The action is read from the URL the way SvelteKit does: the first
 * query parameter starting with "/".
 */
export function malformedActionRefusal(event: Pick<RequestEvent, 'request' | 'url'>): Response | null {
  if (event.request.method !== 'POST') return null;
  const action = [...event.url.searchParams.keys()].find((key) => key.startsWith('/'));
  if (action !== '/default') return null;
  return new Response(BAD_ACTION, { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
