import { pruneLoginThrottle, type Executor } from '@liancha/db';
import { THROTTLE_ROW_RETENTION_MS } from './auth/login-throttle-policy.js';
import type { Logger } from './logger.js';

const EVERY_MS = 60 * 60_000;

/**
 * Names that are no user make throttle rows too; delete rows whose counts are all forgotten,
 * at start and hourly, so the table stays as small as the recent attempts.
 */
export async function pruneLoginThrottleRegularly(db: Executor, log: Logger): Promise<() => void> {
  const prune = async () => {
    try {
      const deleted = await pruneLoginThrottle(db, new Date(Date.now() - THROTTLE_ROW_RETENTION_MS));
      if (deleted > 0) log.info({ deleted }, 'login throttle rows pruned');
    } catch (error) {
      log.warn({ err: error }, 'login throttle prune failed');
    }
  };
  await prune();
  const timer = setInterval(() => void prune(), EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
