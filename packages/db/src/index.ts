export { createDb, pgliteParsers, redactUrl, type CreateDbOptions, type DbHandle, type DbKind } from './create-db.js';
export { migrateToLatest, type MigrationOutcome } from './migrate.js';
export type * from './schema/index.js';
export type { Kysely, Transaction, Selectable, Insertable, Updateable } from 'kysely';
export * from './repositories/index.js';
