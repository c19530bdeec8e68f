import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { TRPCError } from '@trpc/server';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import type { Executor } from '@liancha/db';
import { DomainError, isDomainError } from '@liancha/domain';
import type { Config } from '../config.js';
import type { JobQueue } from '../jobs/job-queue.js';
import type { Logger } from '../logger.js';
import { appRouter } from '../routers/app-router.js';
import { contextFactory } from '../trpc/context.js';
import { answerError, answerOnSocket, clientErrorAnswer } from './error-answer.js';
import { answerPublicBundle, PUBLIC_BUNDLE_PATH } from './public-bundle.js';
import { publicApi } from './public-api/public-api.js';
import { MAX_BATCH_CALLS, MAX_BODY_BYTES, MAX_UPLOAD_BODY_BYTES, UPLOAD_PROCEDURES } from './limits.js';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * The API's HTTP face: `/trpc/*` for procedures, `/public/v1/…/bundle.json` for the proof bundles
 * on 公示, the read API under `/public/v1/` (public-api/) and `/health` for probes; everything else is 404.
 * Whatever a request carries, it gets a 2xx/4xx JSON answer (5xx only for our own faults, logged);
 * no request can throw out of here and stop the process.
 */
export function createApiServer(deps: { db: Executor; readDb?: Executor | undefined; config: Config; log: Logger; jobs: JobQueue }): Server {
  const handler = (maxBodySize: number): Handler =>
    createHTTPHandler({
      router: appRouter,
      createContext: contextFactory(deps),
      basePath: '/trpc/',
      maxBodySize,
      // tRPC leaves some of its own refusals as text/plain; every answer here is JSON.
      responseMeta: (opts) => ({ headers: { 'content-type': 'application/json', ...retryAfterHeader(opts).headers } }),
    });
  const trpc = handler(MAX_BODY_BYTES);
  const upload = handler(MAX_UPLOAD_BODY_BYTES);
  const readApi = publicApi(deps);

  const route = (req: IncomingMessage, res: ServerResponse, url: URL) => {
    if (url.pathname === '/health') {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
      return;
    }
    const bundle = PUBLIC_BUNDLE_PATH.exec(url.pathname);
    if (bundle) {
      answerPublicBundle(deps.readDb ?? deps.db, req, res, bundle).catch((error: unknown) => {
        deps.log.error({ err: error, path: url.pathname }, 'bundle download failed');
        answerError(res, new DomainError('internal', '服务器内部错误，请稍后重试', { reason: 'internal' }));
      });
      return;
    }
    if (url.pathname.startsWith('/public/v1')) {
      readApi(req, res, url)
        .then((served) => {
          if (!served) answerError(res, new DomainError('not_found', '请求的地址不存在', { reason: 'route_not_found' }));
        })
        .catch((error: unknown) => {
          deps.log.error({ err: error, path: url.pathname }, 'public API request failed');
          answerError(res, new DomainError('internal', '服务器内部错误，请稍后重试', { reason: 'internal' }));
        });
      return;
    }
    if (!url.pathname.startsWith('/trpc/')) {
      answerError(res, new DomainError('not_found', '请求的地址不存在', { reason: 'route_not_found' }));
      return;
    }
    // The procedure list exactly as tRPC reads it: decoded first, then split at commas.
    const procedures = decodedPath(url.pathname.slice('/trpc/'.length))?.split(',');
    if (!procedures) {
      answerError(res, new DomainError('bad_request', '请求路径的百分号编码无效', { reason: 'malformed_path' }));
      return;
    }
    if (url.searchParams.get('batch') === '1' && procedures.length > MAX_BATCH_CALLS) {
      answerError(
        res,
        new DomainError('bad_request', `一次批量请求最多包含${MAX_BATCH_CALLS}个调用，本次有${procedures.length}个；请分批发送`, { reason: 'batch_too_large' }),
      );
      return;
    }
    (procedures.every((p) => UPLOAD_PROCEDURES.has(p)) ? upload : trpc)(req, res);
  };

  const server = createServer((req, res) => {
    const started = performance.now();
    const url = parseTarget(req.url);
    // The path only (query strings carry procedure input), bounded: paths can be long.
    const path = (url?.pathname ?? '(unparseable)').slice(0, 300);
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('cache-control', 'no-store');
    res.setHeader('referrer-policy', 'no-referrer');
    res.on('finish', () => {
      deps.log.info({ method: req.method, path, status: res.statusCode, ms: Math.round(performance.now() - started) }, 'request');
    });
    try {
      if (url) route(req, res, url);
      else answerError(res, new DomainError('bad_request', '请求地址无效', { reason: 'malformed_url' }));
    } catch (error) {
      deps.log.error({ err: error, method: req.method, path }, 'request handler failed');
      answerError(res, new DomainError('internal', '服务器内部错误，请稍后重试', { reason: 'internal' }));
    }
  });
  // Requests Node's parser refuses (unknown methods, broken framing, headers past 16 KiB) get a
  // JSON answer too, instead of Node's bare one.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    deps.log.warn({ code: error.code }, 'malformed request refused');
    answerOnSocket(socket, clientErrorAnswer(error.code));
  });
  return server;
}

/** The request target as tRPC's adapter parses it (same base, same normalisation), or null. */
function parseTarget(target: string | undefined): URL | null {
  try {
    return new URL(target ?? '/', 'http://localhost');
  } catch {
    return null;
  }
}

function decodedPath(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}

/** A throttled call (login) also says its wait the standard way, in a Retry-After header. */
function retryAfterHeader({ errors }: { errors: TRPCError[] }): { headers?: Record<string, string> } {
  const seconds = errors.map((error) => (isDomainError(error.cause) ? error.cause.retryAfterSeconds : undefined)).find((s) => s !== undefined);
  return seconds === undefined ? {} : { headers: { 'retry-after': String(seconds) } };
}
