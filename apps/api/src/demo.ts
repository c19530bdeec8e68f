import { DEMO_REGION_CODE, generateDemoRegion, isRegionLoaded, loadDemoRegion } from '@liancha/demo';
import type { DbHandle } from '@liancha/db';
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import { hashPassword } from './auth/password.js';
import { loadDemoHistory } from './demo/load-demo-history.js';

/** Whether this start should put the demo region into an empty database. */
export function wantsDemo(config: Pick<Config, 'demo'>, kind: DbHandle['kind']): boolean {
  return config.demo === 'on' || (config.demo === 'auto' && kind === 'pglite');
}

/**
 * Load 漳平市 (350881) unless it is already there (one transaction), then play its 2020 through
 * the API so that plans, draws, results and publications are there to look at.
 */
export async function loadDemo(handle: DbHandle, config: Pick<Config, 'demoPassword' | 'sessionTtlMs' | 'attachmentDir'>, log: Logger): Promise<boolean> {
  if (await isRegionLoaded(handle.db, DEMO_REGION_CODE)) {
    log.info({ region: DEMO_REGION_CODE }, 'demo region already present');
    return false;
  }
  let started = performance.now();
  const { counts } = await loadDemoRegion(handle.db, generateDemoRegion(), { hashPassword, password: config.demoPassword });
  log.info({ region: DEMO_REGION_CODE, counts, ms: Math.round(performance.now() - started) }, 'demo region loaded');
  started = performance.now();
  const history = await loadDemoHistory(handle.db, config, log, DEMO_REGION_CODE);
  log.info({ region: DEMO_REGION_CODE, tasks: history.taskIds.length, ms: Math.round(performance.now() - started) }, 'demo history of 2020 played');
  return true;
}
