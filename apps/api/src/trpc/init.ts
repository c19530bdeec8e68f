import { initTRPC } from '@trpc/server';
import { enqueueJob, withTransaction, type Executor } from '@liancha/db';
import { DomainError } from '@liancha/domain';
import { buildAbilityContext } from './ability.js';
import { createAuditRecorder, type AuditRecorder } from './audit-recorder.js';
import type { Context } from './context.js';
import { databaseErrorOf } from './database-errors.js';
import { errorData, mapDomainError, publicMessage } from './error-formatter.js';
import { inputProblem } from './input-guard.js';
import { transformer } from './transformer.js';
import { z } from 'zod';

z.config(z.locales.zhCN());

const t = initTRPC.context<Context>().create({
  transformer,
  errorFormatter({ shape, error }) {
    const { stack: _stack, ...data } = shape.data;
    return { ...shape, message: publicMessage(error), data: { ...data, ...errorData(error) } };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/**
 * Maps DomainError (and the database refusals an input can provoke) to its tRPC code and logs
 * server faults; every procedure goes through it.
 */
const errorMapping = t.middleware(async ({ next, ctx, path }) => {
  const result = await next();
  if (result.ok) return result;
  const error = mapDomainError(result.error);
  if (error.code === 'INTERNAL_SERVER_ERROR') ctx.log.error({ err: error.cause ?? error, path }, 'procedure failed');
  else if (databaseErrorOf(error.cause)) ctx.log.warn({ err: error.cause, path }, 'database refused the input');
  return { ...result, error };
});

/**
 * Text no column can hold (NUL) or that is not Unicode (lone surrogates) is refused here, for
 * every procedure, on the raw input before any schema reads it.
 */
const inputGuard = t.middleware(async ({ getRawInput, next }) => {
  const problem = inputProblem(await getRawInput());
  if (problem) throw new DomainError('bad_request', problem.message, { reason: problem.reason, issues: [{ field: problem.field, message: problem.message }] });
  return next();
});

/** The base of every procedure: nothing may be built on `t.procedure` directly. */
export const publicProcedure = t.procedure.use(errorMapping).use(inputGuard);

/**
 * What the public portal reads without login (publications, region figures): from the read
 * replica when there is one (DATABASE_READ_URL), so the public's traffic stays off the primary.
 * A publication shows once the replica has replayed it — milliseconds, and publications never change.
 */
export const publicReadProcedure = publicProcedure.use(({ ctx, next }) => next({ ctx: { ...ctx, db: ctx.readDb } }));

/** Deny by default: a procedure built on this one only runs with a live session. */
export const authedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (ctx.auth.state === 'invalid') throw ctx.auth.error;
  if (ctx.auth.state === 'none') throw new DomainError('unauthorized', '请先登录', { reason: 'session_missing' });
  return next({ ctx: { ...ctx, session: ctx.auth.session, user: ctx.auth.session.user } });
});

/** Carries a failed result out of the transaction callback so the transaction rolls back. */
class Rollback {
  constructor(readonly result: unknown) {}
}

/** A job a mutation queues in its transaction (enqueueJob's arguments, less the region). */
export type NewJob = Omit<Parameters<typeof enqueueJob>[2], 'createdBy'>;

/**
 * Every mutation runs in one transaction and must append at least one audit event in
 * it; a mutation that records nothing fails loudly instead of slipping past the log.
 * Jobs it queues (`ctx.enqueue`) exist once it commits; then the job runner is woken, and an
 * answer that depends on a job's outcome is finished (`ctx.answerAfterCommit`).
 */
const transactional = t.middleware(async ({ ctx, next, path }) => {
  const session = ctx.auth.state === 'active' ? ctx.auth.session.user : null;
  // An enterprise acts in its own region and is no user: its events name the enterprise instead.
  const enterpriseRegion = ctx.enterprise.state === 'active' ? ctx.enterprise.session.enterprise.regionCode : null;
  const defaults = { actorUserId: session?.id ?? null, regionCode: session?.regionCode ?? enterpriseRegion };
  let queued = false;
  type Finish = (answer: unknown, db: Executor) => Promise<unknown>;
  let finish: Finish | null = null;
  /** Replaces the answer, once committed, by what `then` makes of it with the database (not the finished transaction). */
  const answerAfterCommit = <T>(then: (answer: T, db: Executor) => Promise<T>) => void (finish = then as Finish);
  const run = (trx: Executor, audit: AuditRecorder) => {
    const enqueue = async (job: NewJob) => {
      if (!defaults.regionCode) throw new Error(`mutation ${path} queued a job outside a region`);
      const id = await enqueueJob(trx, { regionCode: defaults.regionCode }, { ...job, createdBy: defaults.actorUserId });
      queued = true;
      return id;
    };
    return next({ ctx: { ...ctx, db: trx, audit, enqueue, answerAfterCommit } });
  };
  type Result = Awaited<ReturnType<typeof run>>;
  try {
    const result = await withTransaction(ctx.db, async (trx): Promise<Result> => {
      const audit = createAuditRecorder(trx, defaults, ctx.now);
      const result = await run(trx, audit);
      if (!result.ok) throw new Rollback(result);
      if (audit.count === 0) throw new Error(`mutation ${path} recorded no audit event`);
      return result;
    });
    if (queued) ctx.jobs.wake();
    const then = finish as Finish | null;
    return then && result.ok ? { ...result, data: await then(result.data, ctx.db) } : result;
  } catch (error) {
    if (error instanceof Rollback) return error.result as Result;
    throw error;
  }
});

/** Logged-in mutations: transactional and audited. */
export const authedMutation = authedProcedure.use(transactional);

/**
 * Mutations anyone may call without a session (an enterprise activating its code): still one
 * audited transaction; the procedure names the region of its events.
 */
export const publicMutation = publicProcedure.use(transactional);

/**
 * The enterprise's own area: only with an enterprise's live session, scoped to that enterprise
 * (`ctx.enterprise`) and its region (`ctx.scope`). No user session gets through, nor the reverse.
 */
export const enterpriseProcedure = publicProcedure.use(({ ctx, next }) => {
  if (ctx.enterprise.state === 'invalid') throw ctx.enterprise.error;
  if (ctx.enterprise.state === 'none') throw new DomainError('unauthorized', '请先用激活码进入企业专区', { reason: 'session_missing' });
  const session = ctx.enterprise.session;
  return next({ ctx: { ...ctx, enterpriseSession: session, self: session.enterprise, scope: { regionCode: session.enterprise.regionCode } } });
});
export const enterpriseMutation = enterpriseProcedure.use(transactional);

/** Adds the caller's actor, CASL ability and region scope; built after the session check. */
const withAbility = t.middleware(async ({ ctx, next }) => {
  if (ctx.auth.state !== 'active') throw new DomainError('unauthorized', '请先登录', { reason: 'session_missing' });
  return next({ ctx: await buildAbilityContext(ctx.db, ctx.auth.session.user) });
});

/** Reads of tenant data: logged in, with abilities. */
export const abilityQuery = authedProcedure.use(withAbility);
/** Writes of tenant data: logged in, with abilities, transactional and audited. */
export const abilityMutation = authedMutation.use(withAbility);
