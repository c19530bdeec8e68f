import { downloadResponse } from '@liancha/api-client/sveltekit';

/**
 * A JSON file to save: the Chinese name for browsers (RFC 6266/5987) with an ASCII fallback.
 * `cacheControl` defaults to an hour: publications are immutable, so the file of one id never changes.
 */
export function jsonDownload(value: unknown, filename: string, asciiName: string, cacheControl = 'public, max-age=3600'): Response {
  return downloadResponse({ bytes: JSON.stringify(value, null, 2), mimeType: 'application/json; charset=utf-8', filename, asciiName, cacheControl });
}
