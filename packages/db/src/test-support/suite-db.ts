import { afterAll, beforeAll } from 'vitest';
import type { Kysely } from 'kysely';
import type { DbHandle } from '../create-db.js';
import type { DB } from '../schema/database.js';
import { createTestDb } from '../testing/index.js';

/**
 * A migrated database of its own for the calling describe block: opened (then `seed`ed) before
 * its tests, closed after them. Read `.db` inside tests and hooks, not while the block is declared.
 */
export function suiteDb(seed?: (db: Kysely<DB>) => Promise<void>): { readonly db: Kysely<DB> } {
  let handle: DbHandle | undefined;
  beforeAll(async () => {
    handle = await createTestDb();
    await seed?.(handle.db);
  });
  afterAll(async () => {
    await handle?.close();
  });
  return {
    get db() {
      if (!handle) throw new Error('the suite database opens in beforeAll');
      return handle.db;
    },
  };
}
