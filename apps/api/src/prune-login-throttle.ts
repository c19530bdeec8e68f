import { pruneLoginThrottle, type Executor } from '@liancha/db';
import { THROTTLE_ROW_RETENTION_MS } from './auth/login-throttle-policy.js';
import type { Logger } from './logger.js';
import { runRegularly } from './run-regularly.js';

const EVERY_MS = 60 * 60_000;

/**
 * Names that are no user make throttle rows too; delete rows whose counts are all forgotten,
 * at start and hourly, so the table stays as small as the recent attempts.
 */
export async function pruneLoginThrottleRegularly(db: Executor, log: Logger): Promise<() => void> {
  return runRegularly(
    async () => {
      const deleted = await pruneLoginThrottle(db, new Date(Date.now() - THROTTLE_ROW_RETENTION_MS));
      if (deleted > 0) log.info({ deleted }, 'login throttle rows pruned');
    },
    EVERY_MS,
    log,
    'login throttle prune failed',
  );
}
