import { expect } from 'vitest';
import type { RawResponse } from './raw-http.js';

export interface ErrorAnswer {
  message: string;
  code: string;
  httpStatus: number;
  reason: string | null;
  issues: { field?: string; message: string }[];
}

const CJK = /[\u4e00-\u9fff]/;
/** What a leaked stack trace or internal error looks like. */
const INTERNALS =
  /\bat [\w$.<>]+ \(|\.(?:ts|js|mjs):\d+|node_modules|Maximum call stack|URIError|SyntaxError|TypeError|RangeError|PostgresError|duplicate key|violates|Unexpected token|in JSON at position/;

/**
 * The contract of the HTTP face for any request: a 2xx or 4xx status, a JSON body (declared
 * and parseable), no stack trace or internal message anywhere in it, and every error message in
 * Chinese. Returns the error answers it found (one per failed call of a batch).
 */
export function expectCleanAnswer(response: RawResponse, context = ''): ErrorAnswer[] {
  const where = `${context} → ${response.status} ${response.body.slice(0, 300)}`;
  expect(response.status, where).toBeGreaterThanOrEqual(200);
  expect(response.status, where).toBeLessThan(500);
  expect(response.status === 204 || (response.status >= 300 && response.status < 400), where).toBe(false);
  expect(response.headers['content-type'] ?? '', where).toMatch(/^application\/json\b/);
  let body: unknown;
  expect(() => (body = JSON.parse(response.body)), where).not.toThrow();
  expect(response.body, where).not.toMatch(INTERNALS);
  const errors = errorsIn(body);
  for (const error of errors) {
    expect(error.message, where).toMatch(CJK);
    expect(error.httpStatus, where).toBeLessThan(500);
  }
  return errors;
}

/** The tRPC error shapes of a single or batched answer (superjson puts them under `json`). */
export function errorsIn(body: unknown): ErrorAnswer[] {
  const entries = Array.isArray(body) ? body : [body];
  const errors: ErrorAnswer[] = [];
  for (const entry of entries) {
    const error = (entry as { error?: { json?: { message: string; data: Omit<ErrorAnswer, 'message'> } } } | null)?.error?.json;
    if (error) errors.push({ message: error.message, ...error.data });
  }
  return errors;
}
