import { refreshStatistics, type DbHandle } from '@liancha/db';
import type { Logger } from './logger.js';
import { runRegularly } from './run-regularly.js';

const EVERY_MS = 5 * 60_000;

/**
 * PGlite runs no autovacuum, so its planner never learns table sizes and, as data grows,
 * picks nested loops that turn the oversight figures quadratic. Refresh the statistics at
 * start and every few minutes; a PostgreSQL server does this itself.
 */
export async function maintainStatistics(handle: DbHandle, log: Logger): Promise<(() => void) | undefined> {
  if (handle.kind !== 'pglite') return undefined;
  return runRegularly(() => refreshStatistics(handle.db), EVERY_MS, log, 'analyze failed');
}
