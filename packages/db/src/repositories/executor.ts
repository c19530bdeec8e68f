import type { Kysely } from 'kysely';
import type { DB } from '../schema/database.js';

/** A database or a transaction: every repository function takes one, so callers choose atomicity. */
export type Executor = Kysely<DB>;

/** Region scope that every tenant repository call must carry. */
export interface RegionScope {
  regionCode: string;
}
