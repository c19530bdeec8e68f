import { createServer, type Server } from 'node:http';
import type { TRPCError } from '@trpc/server';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import { isDomainError } from '@liancha/domain';
import type { Executor } from '@liancha/db';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { appRouter } from '../routers/app-router.js';
import { contextFactory } from '../trpc/context.js';

const MAX_BODY_BYTES = 1024 * 1024;
// Registry uploads carry a spreadsheet of up to 32 MiB as base64, hazard attachments a file of up to
// 10 MiB; only those procedures get the larger limit (each checks its own size after decoding).
const MAX_UPLOAD_BODY_BYTES = 48 * 1024 * 1024;
const UPLOAD_PROCEDURES = new Set(['registry.imports.start', 'hazards.uploadAttachment', 'checks.uploadEvidence']);

/** The API's HTTP face: `/trpc/*` for procedures and `/health` for probes; everything else is 404. */
export function createApiServer(deps: { db: Executor; config: Config; log: Logger }): Server {
  const handler = (maxBodySize: number) =>
    createHTTPHandler({ router: appRouter, createContext: contextFactory(deps), basePath: '/trpc/', maxBodySize, responseMeta: retryAfterHeader });
  const trpc = handler(MAX_BODY_BYTES);
  const upload = handler(MAX_UPLOAD_BODY_BYTES);
  return createServer((req, res) => {
    const started = performance.now();
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('cache-control', 'no-store');
    res.setHeader('referrer-policy', 'no-referrer');
    res.on('finish', () => {
      // The path only: query strings carry procedure input.
      deps.log.info({ method: req.method, path, status: res.statusCode, ms: Math.round(performance.now() - started) }, 'request');
    });
    if (path === '/health') {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
      return;
    }
    if (path.startsWith('/trpc/')) {
      const procedures = decodeURIComponent(path.slice('/trpc/'.length)).split(',');
      (procedures.every((p) => UPLOAD_PROCEDURES.has(p)) ? upload : trpc)(req, res);
      return;
    }
    res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
  });
}

/** A throttled call (login) also says its wait the standard way, in a Retry-After header. */
function retryAfterHeader({ errors }: { errors: TRPCError[] }): { headers?: Record<string, string> } {
  const seconds = errors.map((error) => (isDomainError(error.cause) ? error.cause.retryAfterSeconds : undefined)).find((s) => s !== undefined);
  return seconds === undefined ? {} : { headers: { 'retry-after': String(seconds) } };
}
