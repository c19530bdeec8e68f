import { initTRPC } from '@trpc/server';
import superjson from 'superjson';
import { DomainError } from '@liancha/domain';
import type { Context } from './context.js';
import { errorData, mapDomainError, publicMessage } from './error-formatter.js';
import { z } from 'zod';

z.config(z.locales.zhCN());

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    return { ...shape, message: publicMessage(error), data: { ...shape.data, stack: undefined, ...errorData(error) } };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Maps DomainError to its tRPC code and logs server faults; every procedure goes through it. */
const errorMapping = t.middleware(async ({ next, ctx, path }) => {
  const result = await next();
  if (result.ok) return result;
  const error = mapDomainError(result.error);
  if (error.code === 'INTERNAL_SERVER_ERROR') ctx.log.error({ err: error.cause ?? error, path }, 'procedure failed');
  return { ...result, error };
});

export const publicProcedure = t.procedure.use(errorMapping);

/** Deny by default: a procedure built on this one only runs with a live session. */
export const authedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (ctx.auth.state === 'invalid') throw ctx.auth.error;
  if (ctx.auth.state === 'none') throw new DomainError('unauthorized', '请先登录', { reason: 'session_missing' });
  return next({ ctx: { ...ctx, session: ctx.auth.session, user: ctx.auth.session.user } });
});
