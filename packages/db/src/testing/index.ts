export { seedAgency, seedRegion, seedUser } from './factories.js';
export {
  addToJointTask,
  findCheckUscc,
  findPlannedUscc,
  makeCheck,
  makeDraw,
  makeEntropySource,
  makeJointTask,
  markCheckedIn,
  markTaskChecksApproved,
} from './task-factories.js';
export { findInspectorOfUser, findObjectOfRegion, findSupervisedObject, findUserOfRegion, makeObject } from './object-factories.js';
export { makeCheckResult, makeFollowUp, makeHazard, makeSanction } from './outcome-factories.js';
export { makeCampaign } from './campaign-factories.js';
export { joinTeam } from './team-factories.js';
export {
  findItemOfAgency,
  findUserId,
  makeConflict,
  makeInspector,
  makeItem,
  makeLockedAccount,
  makeSector,
  makeTag,
  makeTownship,
  makeUnit,
  setItemSectors,
  setPasswordHash,
} from './registry-factories.js';
export { findPlanYear, makeSupervisionNote, markItemPublished } from './publication-factories.js';
export { workflowRows, type WorkflowRows } from './workflow-factories.js';
export { createTestDb, testDbKind } from './test-db.js';
export { provideSeededTemplate } from './seeded-template.js';
export type { TestDatabaseTemplate } from './template.js';
/** Raw SQL for tests that read or tamper stored rows directly (never for fixtures or app code). */
export { sql } from 'kysely';
export * from './enterprise-factories.js';
