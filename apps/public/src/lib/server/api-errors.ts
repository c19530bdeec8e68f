import { error } from '@sveltejs/kit';
import { apiErrorOf } from '@liancha/api-client';

/**
 * A query a public page cannot do without: a missing row (or an id that is not one) is the
 * Chinese not-found page; an API that is down is 503. Nobody logs in here, so no 401 path.
 */
export async function must<T>(call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch (cause) {
    const info = apiErrorOf(cause);
    if (info.code === 'NOT_FOUND') error(404, info.message || '未找到该公示信息');
    if (info.code === 'BAD_REQUEST') error(404, '未找到该公示信息');
    if (info.code === 'NETWORK') error(503, '公示服务暂时无法访问，请稍后重试');
    throw cause;
  }
}

/** A query whose failure the page can live with: the result or the Chinese reason. */
export async function maybe<T>(call: Promise<T>): Promise<{ ok: true; value: T } | { ok: false; message: string }> {
  try {
    return { ok: true, value: await call };
  } catch (cause) {
    const info = apiErrorOf(cause);
    if (info.code === 'INTERNAL_SERVER_ERROR') console.error(cause);
    return { ok: false, message: info.message };
  }
}
