import { join } from 'node:path';
import { createDb, migrateToLatest, type DbHandle } from '@liancha/db';
import type { Config } from './config.js';
import type { Logger } from './logger.js';

/** Open the configured database and bring its schema up to date before anything else runs. */
export async function openDatabase(config: Config, log: Logger): Promise<DbHandle> {
  const handle = await createDb({ databaseUrl: config.databaseUrl, dataDir: join(config.dataDir, 'pglite') });
  const { applied } = await migrateToLatest(handle.db);
  log.info({ engine: handle.kind, location: handle.location, applied }, 'database ready');
  return handle;
}
