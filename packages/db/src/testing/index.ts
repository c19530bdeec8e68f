export { createTestDb, testDbKind } from './test-db.js';
export type { TestDatabaseTemplate } from './template.js';
