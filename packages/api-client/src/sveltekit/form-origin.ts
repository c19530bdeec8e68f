/**
 * The portals' CSRF check, in place of SvelteKit's (`csrf.trustedOrigins: ['*']` in each
 * svelte.config.js turns that one off): SvelteKit compares a post's Origin header with the one
 * origin the server is configured for (`ORIGIN`), so a portal opened at http://127.0.0.1:PORT
 * could not log in while ORIGIN says http://localhost:PORT. Here a post must come from the
 * portal's own origin or one listed in `LIANCHA_ORIGINS`; any other origin, or none, is a 403.
 */

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export const CROSS_SITE = '拒绝跨站提交：请在本门户的页面上提交表单';

/**
 * `LIANCHA_ORIGINS`: extra origins the portal is opened at, separated by commas or spaces
 * (`http://127.0.0.1:3001,https://liancha.example.gov.cn`). An entry that is not exactly an
 * origin (a path, a wildcard, no scheme) is a configuration error, not something to guess at.
 */
export function parseOrigins(value: string | undefined): string[] {
  const entries = (value ?? '').split(/[\s,]+/).filter(Boolean);
  return entries.map((entry) => {
    let url: URL | null = null;
    try {
      url = new URL(entry);
    } catch {
      // reported below
    }
    const exact = url && (url.protocol === 'http:' || url.protocol === 'https:') && !url.username && !url.password && url.href === `${url.origin}/`;
    if (!url || !exact) throw new Error(`LIANCHA_ORIGINS: "${entry}" is not an origin (scheme://host[:port], e.g. http://127.0.0.1:3001)`);
    return url.origin;
  });
}

/** A 403 for a write from another origin (or one without an Origin header); null when the request may go on. */
export function crossSiteRefusal(request: Request, url: URL, trusted: readonly string[]): Response | null {
  if (!UNSAFE_METHODS.has(request.method)) return null;
  const origin = request.headers.get('origin');
  if (origin !== null && (origin === url.origin || trusted.includes(origin))) return null;
  const json = request.headers.get('accept') === 'application/json';
  return json
    ? Response.json({ message: CROSS_SITE }, { status: 403 })
    : new Response(CROSS_SITE, { status: 403, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
