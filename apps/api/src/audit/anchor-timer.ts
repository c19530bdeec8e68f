import type { Executor } from '@liancha/db';
import type { Logger } from '../logger.js';
import { anchorRegionsDaily } from './daily-anchors.js';

/** How often the API looks for heads to anchor; the day's anchor is made at the first look after its head moved. */
export const ANCHOR_EVERY_MS = 10 * 60_000;

/**
 * Keep anchoring the audit chains from this API process: once at start and every ten minutes.
 * Several processes may do so at once (the database dedupes); a pass still running when the next
 * is due makes that one skip. Returns the function that stops the timer.
 */
export function keepAnchoring(db: Executor, log: Logger): () => void {
  let running = false;
  const pass = async () => {
    if (running) return;
    running = true;
    try {
      for (const outcome of await anchorRegionsDaily(db, new Date())) {
        if (outcome.error) log.error({ err: outcome.error, regionCode: outcome.regionCode }, 'audit chain anchoring failed');
        else if (outcome.anchor) log.info({ regionCode: outcome.regionCode, position: outcome.anchor.position }, 'audit chain anchored');
      }
    } catch (error) {
      log.error({ err: error }, 'audit chain anchoring failed');
    } finally {
      running = false;
    }
  };
  void pass();
  const timer = setInterval(() => void pass(), ANCHOR_EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
