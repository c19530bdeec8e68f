import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

/** What the portal passes on from the API's answer; nothing else (no API-internal headers). */
const PASSED_HEADERS = ['content-type', 'content-length', 'etag', 'cache-control', 'retry-after', 'allow'];

/**
 * The read API at /api/public/v1/… on the portal: forwarded as is to the API's /public/v1/…, with
 * the visitor's address in x-liancha-client-ip (which the API believes from a trusted portal), so
 * the rate limit counts each visitor and not the portal. Answers stream through, ETag and 304 included.
 */
const forward: RequestHandler = async ({ locals, params, url, request, getClientAddress }) => {
  // URL parsing already resolves `..` and `%2e%2e` before routing; should a dot segment ever reach
  // here, fetch would resolve it and leave /public/v1 for the API's other paths, so none is forwarded.
  const segments = params.path.split('/');
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..')) error(404, '请求的地址不存在');
  const headers: Record<string, string> = {};
  for (const name of ['if-none-match', 'user-agent', 'accept']) {
    const value = request.headers.get(name);
    if (value) headers[name] = value;
  }
  try {
    headers['x-liancha-client-ip'] = getClientAddress();
  } catch {
    // No address (a test harness): the API counts the portal's.
  }
  let upstream: Response;
  try {
    upstream = await fetch(`${locals.apiUrl}/public/v1/${segments.map(encodeURIComponent).join('/')}${url.search}`, {
      method: request.method,
      headers,
      redirect: 'manual',
    });
  } catch {
    error(503, '数据接口暂时无法访问，请稍后重试');
  }
  const passed = new Headers({ 'access-control-allow-origin': '*', 'x-content-type-options': 'nosniff' });
  for (const name of PASSED_HEADERS) {
    const value = upstream.headers.get(name);
    if (value) passed.set(name, value);
  }
  return new Response(upstream.status === 304 || request.method === 'HEAD' ? null : upstream.body, { status: upstream.status, headers: passed });
};

export const GET = forward;
export const HEAD = forward;
