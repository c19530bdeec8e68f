import type { Logger } from './logger.js';

/**
 * Runs `work` at start and every `everyMs` (the timer keeps no process alive); a failure is
 * logged as `failure` and the next round tries again. Returns what stops it.
 */
export async function runRegularly(work: () => Promise<void>, everyMs: number, log: Logger, failure: string): Promise<() => void> {
  const run = async () => {
    try {
      await work();
    } catch (error) {
      log.warn({ err: error }, failure);
    }
  };
  await run();
  const timer = setInterval(() => void run(), everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
