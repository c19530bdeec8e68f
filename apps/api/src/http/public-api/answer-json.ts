import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** A strong validator: the SHA-256 of the exact bytes sent. */
export function etagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url')}"`;
}

/** If-None-Match holds this tag (or `*`): the client's copy is current. Weak comparison, as RFC 9110 asks for GET. */
function notModified(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/** A JSON answer of the read API: cacheable, with its ETag; 304 without a body when the client has it. */
export function answerJson(req: IncomingMessage, res: ServerResponse, value: unknown, maxAge: number): void {
  const body = JSON.stringify(value);
  const etag = etagOf(body);
  const headers = { etag, 'cache-control': `public, max-age=${maxAge}`, vary: 'accept-encoding' };
  if (notModified(req.headers['if-none-match'], etag)) {
    res.writeHead(304, headers).end();
    return;
  }
  res.writeHead(200, { ...headers, 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  res.end(req.method === 'HEAD' ? undefined : body);
}

export interface ApiProblem {
  status: number;
  code: string;
  message: string;
  issues?: { field?: string | undefined; message: string }[];
}

/** An error of the read API: `{ error: { code, message, issues? } }` in Chinese, never cached. */
export function answerProblem(res: ServerResponse, problem: ApiProblem, headers: Record<string, string> = {}): void {
  const { status, ...error } = problem;
  const body = JSON.stringify({ error });
  res.writeHead(status, {
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
  });
  res.end(body);
}
