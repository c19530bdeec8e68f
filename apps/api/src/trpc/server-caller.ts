import type { Executor } from '@liancha/db';
import { appRouter } from '../routers/app-router.js';
import { createContextInner, type InnerContextOptions } from './context.js';
import { createCallerFactory } from './init.js';

const createCaller = createCallerFactory(appRouter);

/**
 * The API called in-process with the context a real request with this bearer token would get:
 * the same procedures, abilities, validation and audit as over HTTP (demo history, tests).
 */
export async function serverCaller(db: Executor, options: Omit<InnerContextOptions, 'db'>) {
  return createCaller(await createContextInner({ db, ...options }));
}

export type ServerCaller = Awaited<ReturnType<typeof serverCaller>>;
