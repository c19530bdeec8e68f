/**
 * Headers every portal response carries besides SvelteKit's Content-Security-Policy: no MIME
 * sniffing, no framing (also for browsers without frame-ancestors), no full URLs (which carry
 * task and record ids) sent to other sites, no powerful browser features, and a browsing
 * context of its own (a page it opens cannot reach back through window.opener).
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'same-origin',
  'permissions-policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  'cross-origin-opener-policy': 'same-origin',
};

export function withSecurityHeaders(response: Response): Response {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
  return response;
}
