export { seedAgency, seedRegion, seedUser } from './factories.js';
export { createTestDb, testDbKind } from './test-db.js';
export { provideSeededTemplate } from './seeded-template.js';
export type { TestDatabaseTemplate } from './template.js';
/** Raw SQL for tests that read or tamper stored rows directly (never for fixtures or app code). */
export { sql } from 'kysely';
