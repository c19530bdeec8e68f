import type { Generated, Kysely, Selectable } from 'kysely';
import type { DB } from '../schema/database.js';
import type { Executor } from './executor.js';

/** The tenant tables whose rows have a text id of their own. */
export type RegionTableWithId = {
  [T in keyof DB]: DB[T] extends { regionCode: string; id: unknown } ? (Selectable<DB[T]> extends { id: string } ? T : never) : never;
}[keyof DB];

/** The status column's values of a table that has one. */
export type StatusOf<T extends keyof DB> = Selectable<DB[T]> extends { status: infer S } ? S : never;

/**
 * The executor seen as tables of `id`, `regionCode` and `status` only. Kysely cannot check a row
 * against a table named by a type parameter, so the helpers' own signatures carry the row types.
 */
export const byIdInRegion = (db: Executor) => db as unknown as Kysely<Record<string, { id: Generated<string>; regionCode: string; status: Generated<string> }>>;
