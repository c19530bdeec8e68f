/**
 * A JSON file to save: the Chinese name for browsers (RFC 6266/5987) with an ASCII fallback.
 * `cacheControl` defaults to an hour: publications are immutable, so the file of one id never changes.
 */
export function jsonDownload(value: unknown, filename: string, asciiName: string, cacheControl = 'public, max-age=3600'): Response {
  const body = Buffer.from(JSON.stringify(value, null, 2), 'utf8');
  return new Response(new Uint8Array(body), {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-length': String(body.byteLength),
      'content-disposition': `attachment; filename="${asciiName.replace(/[^\w.-]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      'x-content-type-options': 'nosniff',
      'cache-control': cacheControl,
    },
  });
}
