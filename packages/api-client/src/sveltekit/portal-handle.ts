import type { Handle, RequestEvent } from '@sveltejs/kit';
import { createApiClient, type ApiClient } from '../client.js';
import { SESSION_COOKIE } from './session-cookie.js';

export interface PortalLocals {
  api: ApiClient;
  hasSession: boolean;
}

/**
 * SvelteKit `handle` for every portal: a per-request API client carrying this
 * user's token (from the portal cookie), plus security headers on every page.
 */
export function portalHandle(apiUrl: () => string): Handle {
  return async ({ event, resolve }) => {
    const token = event.cookies.get(SESSION_COOKIE);
    const locals = event.locals as unknown as PortalLocals;
    locals.api = createApiClient({
      url: apiUrl(),
      token,
      fetch: event.fetch,
      clientAddress: clientAddress(event),
      userAgent: event.request.headers.get('user-agent') ?? undefined,
    });
    locals.hasSession = Boolean(token);
    const response = await resolve(event);
    response.headers.set('x-content-type-options', 'nosniff');
    response.headers.set('x-frame-options', 'DENY');
    response.headers.set('referrer-policy', 'same-origin');
    return response;
  };
}

/**
 * The socket's address, or with adapter-node's ADDRESS_HEADER/XFF_DEPTH set (a reverse proxy in
 * front of the portal) the proxy's entry for it. A header the browser sends itself never gets
 * through: the API client builds its own headers.
 */
function clientAddress(event: RequestEvent): string | undefined {
  try {
    return event.getClientAddress();
  } catch {
    return undefined;
  }
}
