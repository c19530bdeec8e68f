import type { Executor } from './executor.js';

/**
 * Run `fn` atomically: in a new transaction, or inside the caller's when one is open
 * (Kysely refuses nested transaction() calls).
 */
export async function withTransaction<T>(db: Executor, fn: (trx: Executor) => Promise<T>): Promise<T> {
  if (db.isTransaction) return fn(db);
  return db.transaction().execute(fn);
}
