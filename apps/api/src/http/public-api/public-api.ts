import type { IncomingMessage, ServerResponse } from 'node:http';
import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import type { Executor } from '@liancha/db';
import { CLIENT_ADDRESS_HEADER, clientAddress } from '../../auth/client-address.js';
import type { Config } from '../../config.js';
import type { JobQueue } from '../../jobs/job-queue.js';
import type { Logger } from '../../logger.js';
import { appRouter } from '../../routers/app-router.js';
import { createContextInner } from '../../trpc/context.js';
import { errorData, mapDomainError, publicMessage } from '../../trpc/error-formatter.js';
import { createCallerFactory } from '../../trpc/init.js';
import { answerJson, answerProblem } from './answer-json.js';
import { compileRoutes, matchRoute, PUBLIC_API_BASE } from './match-route.js';
import { openApiDocument } from './openapi.js';
import { tokenBuckets } from './rate-limit.js';
import { PUBLIC_ROUTES, type PublicRoute } from './route-table.js';

const createCaller = createCallerFactory(appRouter);
type Caller = ReturnType<typeof createCaller>;

/** The OpenAPI description's path under the base. */
export const OPENAPI_PATH = '/openapi.json';

/** The procedure the route names, looked up by that name on a caller (no other way in). */
function procedureOf(caller: Caller, name: string): (input: unknown) => Promise<unknown> {
  const [router, procedure] = name.split('.') as [string, string];
  return (caller as unknown as Record<string, Record<string, (input: unknown) => Promise<unknown>>>)[router]![procedure]!;
}

/**
 * The read API under /public/v1/: GET paths of the route table answered by their public procedure,
 * called in-process with no session (what an anonymous visitor may call, and nothing else), plus
 * the OpenAPI description. Rate limited per client address; answers are JSON with an ETag.
 * Returns false for a path it does not serve (the bundle downloads have their own handler).
 */
export function publicApi(deps: { db: Executor; readDb?: Executor | undefined; config: Config; log: Logger; jobs: JobQueue }) {
  const routes = compileRoutes(PUBLIC_ROUTES.filter((r) => !r.direct));
  const buckets = tokenBuckets(deps.config.publicApiRate);
  const trustedPortals = new Set(deps.config.trustedPortals);
  let openapi: unknown;

  async function call(
    req: IncomingMessage,
    res: ServerResponse,
    route: PublicRoute,
    params: Record<string, string>,
    search: URLSearchParams,
    ip: string | null,
  ) {
    const query = route.query.safeParse(Object.fromEntries(search));
    if (!query.success) {
      const issues = query.error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message }));
      answerProblem(res, { status: 400, code: 'BAD_REQUEST', message: issues.map((i) => `参数 ${i.field}：${i.message}`).join('；'), issues });
      return;
    }
    const caller = createCaller(
      await createContextInner({
        db: deps.db,
        readDb: deps.readDb,
        config: deps.config,
        log: deps.log,
        jobs: deps.jobs,
        client: { ip, userAgent: req.headers['user-agent']?.slice(0, 300) ?? null },
      }),
    );
    try {
      const result = await procedureOf(caller, route.procedure)(route.input(params, query.data));
      answerJson(req, res, route.output(result), route.maxAge);
    } catch (cause) {
      if (!(cause instanceof TRPCError)) throw cause;
      const error = mapDomainError(cause);
      const status = getHTTPStatusCodeFromError(error);
      if (status >= 500) deps.log.error({ err: error.cause ?? error, path: route.path }, 'public API call failed');
      const { issues } = errorData(error);
      answerProblem(res, { status, code: error.code, message: publicMessage(error), ...(issues.length > 0 ? { issues } : {}) });
    }
  }

  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> => {
    if (url.pathname !== PUBLIC_API_BASE && !url.pathname.startsWith(`${PUBLIC_API_BASE}/`)) return false;
    const path = url.pathname.slice(PUBLIC_API_BASE.length) || '/';
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      answerProblem(res, { status: 405, code: 'METHOD_NOT_SUPPORTED', message: '数据接口只读，只接受 GET 请求' }, { allow: 'GET, HEAD' });
      return true;
    }
    const ip = clientAddress(req.socket.remoteAddress, req.headers[CLIENT_ADDRESS_HEADER], trustedPortals);
    const wait = buckets.take(ip);
    if (wait > 0) {
      answerProblem(
        res,
        { status: 429, code: 'TOO_MANY_REQUESTS', message: `请求过于频繁：每个地址每分钟最多 ${deps.config.publicApiRate.perMinute} 次，请 ${wait} 秒后重试` },
        { 'retry-after': String(wait) },
      );
      return true;
    }
    if (path === OPENAPI_PATH) {
      openapi ??= openApiDocument(PUBLIC_ROUTES, deps.config.publicApiRate);
      answerJson(req, res, openapi, 3600);
      return true;
    }
    const matched = matchRoute(routes, path);
    if (!matched) {
      answerProblem(res, { status: 404, code: 'NOT_FOUND', message: `数据接口中没有 ${path.slice(0, 100)}，可用的接口见 ${PUBLIC_API_BASE}${OPENAPI_PATH}` });
      return true;
    }
    await call(req, res, matched.route, matched.params, url.searchParams, ip);
    return true;
  };
}
