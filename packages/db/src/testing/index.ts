export { seedAgency, seedRegion, seedUser } from './factories.js';
export { makeCheck, makeJointTask, addToJointTask } from './task-factories.js';
export { findInspectorOfUser, findSupervisedObject, findUserOfRegion, makeObject } from './object-factories.js';
export { makeFollowUp, makeHazard, makeSanction } from './outcome-factories.js';
export { joinTeam } from './team-factories.js';
export { findUserId, makeConflict, makeInspector, makeItem, makeLockedAccount, makeTag, makeTownship, setPasswordHash } from './registry-factories.js';
export { findPlanYear, makeSupervisionNote, markItemPublished } from './publication-factories.js';
export { workflowRows, type WorkflowRows } from './workflow-factories.js';
export { createTestDb, testDbKind } from './test-db.js';
export { provideSeededTemplate } from './seeded-template.js';
export type { TestDatabaseTemplate } from './template.js';
/** Raw SQL for tests that read or tamper stored rows directly (never for fixtures or app code). */
export { sql } from 'kysely';
