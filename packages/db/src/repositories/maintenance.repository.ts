import { sql } from 'kysely';
import type { Executor } from './executor.js';

/** One round trip to the database: the health check's proof that it answers. */
export async function pingDatabase(db: Executor): Promise<void> {
  await sql`select 1`.execute(db);
}

/** Refresh the planner's table statistics (PGlite runs no autovacuum; a server does this itself). */
export async function refreshStatistics(db: Executor): Promise<void> {
  await sql`analyze`.execute(db);
}
