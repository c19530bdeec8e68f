export { seedAgency, seedRegion, seedUser } from './factories.js';
export { createTestDb, testDbKind } from './test-db.js';
export type { TestDatabaseTemplate } from './template.js';
