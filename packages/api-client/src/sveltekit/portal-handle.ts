import type { Handle, RequestEvent } from '@sveltejs/kit';
import { createApiClient, type ApiClient } from '../client.js';
import { crossSiteRefusal, parseOrigins } from './form-origin.js';
import { malformedActionRefusal } from './portal-errors.js';
import { withSecurityHeaders } from './security-headers.js';
import { SESSION_COOKIE } from './session-cookie.js';

export interface PortalLocals {
  api: ApiClient;
  /** The API's base URL, for the few plain HTTP downloads beside the procedures (public proof bundles). */
  apiUrl: string;
  hasSession: boolean;
}

export interface PortalHandleOptions {
  /** The API's base URL (LIANCHA_API_URL). */
  apiUrl: () => string;
  /** LIANCHA_ORIGINS: further origins the portal is opened at, whose form posts are its own. */
  origins?: () => string | undefined;
}

/**
 * SvelteKit `handle` for every portal: refuses writes from other origins (CSRF) and posts
 * naming no valid action, gives each request an API client carrying this user's token (from
 * the portal cookie), and puts the security headers on every response.
 */
export function portalHandle(options: PortalHandleOptions): Handle {
  // Parsed once per value; a list that is not made of origins fails every request, loudly.
  let parsed: { value: string | undefined; origins: string[] } | null = null;
  const trusted = (): string[] => {
    const value = options.origins?.();
    const current = parsed?.value === value && parsed ? parsed : { value, origins: parseOrigins(value) };
    parsed = current;
    return current.origins;
  };
  return async ({ event, resolve }) => {
    const refused = crossSiteRefusal(event.request, event.url, trusted()) ?? malformedActionRefusal(event);
    if (refused) return withSecurityHeaders(refused);
    const token = event.cookies.get(SESSION_COOKIE);
    const locals = event.locals as unknown as PortalLocals;
    locals.apiUrl = options.apiUrl();
    locals.api = createApiClient({
      url: locals.apiUrl,
      token,
      fetch: event.fetch,
      clientAddress: clientAddress(event),
      userAgent: event.request.headers.get('user-agent') ?? undefined,
    });
    locals.hasSession = Boolean(token);
    return withSecurityHeaders(await resolve(event));
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
