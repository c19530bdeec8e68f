import { refreshStatistics, type DbHandle } from '@liancha/db';
import type { Logger } from './logger.js';

const EVERY_MS = 5 * 60_000;

/**
 * PGlite runs no autovacuum, so its planner never learns table sizes and, as data grows,
 * picks nested loops that turn the oversight figures quadratic. Refresh the statistics at
 * start and every few minutes; a PostgreSQL server does this itself.
 */
export async function maintainStatistics(handle: DbHandle, log: Logger): Promise<(() => void) | undefined> {
  if (handle.kind !== 'pglite') return undefined;
  const analyze = async () => {
    try {
      await refreshStatistics(handle.db);
    } catch (error) {
      log.warn({ err: error }, 'analyze failed');
    }
  };
  await analyze();
  const timer = setInterval(() => void analyze(), EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
