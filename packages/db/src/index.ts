export { createDb, pgliteParsers, redactUrl, type CreateDbOptions, type DbHandle, type DbKind } from './create-db.js';
export { migrateToLatest, type MigrationOutcome } from './migrate.js';
export type * from './schema/index.js';
export { sql, type Kysely, type Transaction, type Selectable, type Insertable, type Updateable } from 'kysely';
export * from './repositories/index.js';
