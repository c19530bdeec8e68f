import { createTRPCClient, httpBatchLink, TRPCClientError } from '@trpc/client';
import type { AppRouter, MaxBatchCalls } from '@liancha/api/router';
import superjson from 'superjson';

export interface ApiClientOptions {
  /** Base URL of the API server, e.g. http://127.0.0.1:4000 */
  url: string;
  /** Session bearer token, when a user is logged in. */
  token?: string | undefined;
  /** The fetch to use: SvelteKit's event.fetch on the server. */
  fetch?: typeof fetch;
  /**
   * The browser's address as the portal server saw it (SvelteKit's getClientAddress), sent as
   * x-liancha-client-ip: the API believes it only from a trusted portal address and counts
   * logins per address with it. Never a value taken from the browser's own headers.
   */
  clientAddress?: string | undefined;
  userAgent?: string | undefined;
}

/**
 * Calls per HTTP request: the API refuses bigger batches (apps/api/src/http/limits.ts). The type
 * ties the two — if the API's cap changes, this line stops compiling.
 */
export const MAX_BATCH_ITEMS: MaxBatchCalls = 10;

/** One client per request: it carries that user's token, never shared across users. */
export function createApiClient(options: ApiClientOptions) {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: `${options.url.replace(/\/$/, '')}/trpc`,
        transformer: superjson,
        maxItems: MAX_BATCH_ITEMS,
        ...(options.fetch ? { fetch: options.fetch } : {}),
        headers: () => ({
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
          ...(options.clientAddress ? { 'x-liancha-client-ip': options.clientAddress } : {}),
          ...(options.userAgent ? { 'user-agent': options.userAgent } : {}),
        }),
      }),
    ],
  });
}

export type ApiClient = ReturnType<typeof createApiClient>;

export interface ApiErrorInfo {
  /** tRPC error code, e.g. UNAUTHORIZED, BAD_REQUEST; NETWORK when the API is unreachable. */
  code: string;
  message: string;
  reason: string | null;
  issues: { row?: number; field?: string; message: string }[];
  /** TOO_MANY_REQUESTS: seconds until the API accepts the next attempt. */
  retryAfterSeconds: number | null;
}

const NETWORK: ApiErrorInfo = { code: 'NETWORK', message: '无法连接服务器，请稍后重试', reason: null, issues: [], retryAfterSeconds: null };

/** What went wrong with an API call, in the form the pages show (Chinese message, field issues). */
export function apiErrorOf(error: unknown): ApiErrorInfo {
  if (error instanceof TRPCClientError) {
    const data = (error.data ?? {}) as { code?: string; reason?: string | null; issues?: ApiErrorInfo['issues']; retryAfterSeconds?: number | null };
    if (!data.code) return NETWORK;
    return {
      code: data.code,
      message: error.message,
      reason: data.reason ?? null,
      issues: data.issues ?? [],
      retryAfterSeconds: data.retryAfterSeconds ?? null,
    };
  }
  return NETWORK;
}
