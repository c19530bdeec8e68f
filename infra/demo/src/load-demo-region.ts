import { loadRegionSeed, regionExists, type Executor, type LoadRegionSeedOptions, type LoadRegionSeedResult } from '@liancha/db';
import type { DemoRegion } from './types.js';

export type LoadDemoRegionOptions = LoadRegionSeedOptions;
export type LoadDemoRegionResult = LoadRegionSeedResult;

/** A region counts as loaded once its region row exists. */
export const isRegionLoaded = (db: Executor, code: string): Promise<boolean> => regionExists(db, code);

/**
 * Put the demo region into the database in ONE transaction (the loader is the region-seed
 * repository of @liancha/db): all of it or none of it; `loaded` is false if it was there already.
 */
export const loadDemoRegion = (db: Executor, data: DemoRegion, options: LoadDemoRegionOptions): Promise<LoadDemoRegionResult> =>
  loadRegionSeed(db, data, options);
