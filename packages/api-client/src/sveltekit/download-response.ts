import { error } from '@sveltejs/kit';
import { apiErrorOf } from '../client.js';

/**
 * A file the portal hands to the browser to save, never to render: `Content-Disposition:
 * attachment` with the name in RFC 6266 / RFC 5987 form (an ASCII fallback plus the UTF-8
 * name), the type the API detected from the bytes, `nosniff`, and no caching unless told.
 */
export interface DownloadFile {
  /** The content, or a stream of it passed on as it comes (a bundle of tens of megabytes). */
  bytes: Uint8Array | string | ReadableStream<Uint8Array>;
  /** The stream's length when known. */
  length?: number;
  /** The detected type as the API gives it; anything that is not a plain MIME type becomes octet-stream. */
  mimeType: string;
  /** The name shown by the browser (Chinese allowed). */
  filename: string;
  /** Plain ASCII name for old clients; other characters become `_`. */
  asciiName: string;
  cacheControl?: string;
}

const MIME = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*(?:; ?charset=[a-z0-9_-]+)?$/i;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** RFC 5987 ext-value characters: encodeURIComponent leaves `'()*!` as they are; attr-char does not allow `'()*`. */
export function rfc5987(value: string): string {
  return encodeURIComponent(value.replace(LONE_SURROGATE, '\uFFFD')).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function contentDisposition(filename: string, asciiName: string): string {
  // No path separators or control characters, whatever the name came with.
  const name = filename.replace(/[\p{Cc}/\\]/gu, '_');
  const ascii = asciiName.replace(/[^\w.-]/g, '_') || 'download';
  return `attachment; filename="${ascii}"; filename*=UTF-8''${rfc5987(name)}`;
}

export function downloadResponse(file: DownloadFile): Response {
  const streamed = file.bytes instanceof ReadableStream;
  const bytes = file.bytes instanceof ReadableStream ? null : typeof file.bytes === 'string' ? new TextEncoder().encode(file.bytes) : file.bytes;
  const length = bytes ? bytes.byteLength : file.length;
  // A Buffer may sit on a shared ArrayBuffer, which Response does not take: copy into a plain one.
  return new Response(streamed ? (file.bytes as ReadableStream<Uint8Array>) : new Uint8Array(bytes!), {
    headers: {
      'content-type': MIME.test(file.mimeType) ? file.mimeType : 'application/octet-stream',
      ...(length === undefined ? {} : { 'content-length': String(length) }),
      'content-disposition': contentDisposition(file.filename, file.asciiName),
      'x-content-type-options': 'nosniff',
      'cache-control': file.cacheControl ?? 'no-store',
    },
  });
}

const STATUS: Record<string, number> = { UNAUTHORIZED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_REQUEST: 404, PRECONDITION_FAILED: 409 };

/** A download whose API call was refused: the Chinese message with the matching status (never "exists but forbidden"). */
export function downloadRefused(cause: unknown): never {
  const info = apiErrorOf(cause);
  if (info.code === 'INTERNAL_SERVER_ERROR') console.error(cause);
  error(STATUS[info.code] ?? 500, info.message);
}
