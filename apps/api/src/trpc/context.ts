import type { IncomingMessage } from 'node:http';
import type { Executor } from '@liancha/db';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { inProcessJobs, type JobQueue } from '../jobs/job-queue.js';
import { CLIENT_ADDRESS_HEADER, clientAddress } from '../auth/client-address.js';
import { resolveEnterpriseSession, type EnterpriseState } from '../auth/resolve-enterprise-session.js';
import { resolveSession, type SessionState } from '../auth/resolve-session.js';
import { isEnterpriseToken, tokenFromHeaders } from '../auth/session-token.js';

/** Everything a procedure may use. Built per request; tests build it directly with createContextInner. */
export interface Context {
  db: Executor;
  /** Where public reads go: the read replica (DATABASE_READ_URL) or, without one, `db`. */
  readDb: Executor;
  config: Pick<Config, 'sessionTtlMs'> & Partial<Pick<Config, 'attachmentDir' | 'loginPolicies' | 'mail' | 'figureSnapshots'>>;
  log: Logger;
  now: () => Date;
  auth: SessionState;
  /** An enterprise's session in its own area; a user's token never resolves here, nor the reverse. */
  enterprise: EnterpriseState;
  client: { ip: string | null; userAgent: string | null };
  /** Woken when a mutation has queued a job. */
  jobs: JobQueue;
}

export interface InnerContextOptions {
  db: Executor;
  readDb?: Executor | undefined;
  config: Pick<Config, 'sessionTtlMs'> & Partial<Pick<Config, 'attachmentDir' | 'loginPolicies' | 'mail' | 'figureSnapshots'>>;
  log: Logger;
  token?: string | undefined;
  now?: () => Date;
  client?: Context['client'];
  /** The job runner to wake; in-process callers get one of their own (inProcessJobs). */
  jobs?: JobQueue;
}

export async function createContextInner(options: InnerContextOptions): Promise<Context> {
  const now = options.now ?? (() => new Date());
  const enterprise = isEnterpriseToken(options.token);
  return {
    db: options.db,
    readDb: options.readDb ?? options.db,
    config: options.config,
    log: options.log,
    now,
    auth: enterprise ? { state: 'none' } : await resolveSession(options.db, options.token, now()),
    enterprise: enterprise ? await resolveEnterpriseSession(options.db, options.token, now()) : { state: 'none' },
    client: options.client ?? { ip: null, userAgent: null },
    jobs: options.jobs ?? inProcessJobs(options.db, options.log),
  };
}

/** Builds the context from an HTTP request: the session comes from the bearer token or cookie. */
export function contextFactory(deps: { db: Executor; readDb?: Executor | undefined; config: Config; log: Logger; jobs: JobQueue }) {
  const trustedPortals = new Set(deps.config.trustedPortals);
  return async ({ req }: { req: IncomingMessage }) => {
    const requestId = String(req.headers['x-request-id'] ?? '').slice(0, 64) || undefined;
    return createContextInner({
      db: deps.db,
      readDb: deps.readDb,
      jobs: deps.jobs,
      config: deps.config,
      log: requestId ? deps.log.child({ requestId }) : deps.log,
      token: tokenFromHeaders(req.headers.authorization, req.headers.cookie),
      client: {
        ip: clientAddress(req.socket.remoteAddress, req.headers[CLIENT_ADDRESS_HEADER], trustedPortals),
        userAgent: req.headers['user-agent']?.slice(0, 300) ?? null,
      },
    });
  };
}
