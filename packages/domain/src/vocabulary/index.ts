// The words of Liancha: every status, class, kind and role as a const array (the order users
// see), its type, and its Chinese names. Pure data, safe for the portals' browser bundles
// (`@liancha/domain/vocabulary`). The database's CHECK constraints list the same codes; a test
// in packages/db compares them (src/schema/vocabulary.int.test.ts).
export * from './calendar.js';
export * from './check.js';
export * from './draw.js';
export * from './enterprise.js';
export * from './follow-up.js';
export * from './hazard.js';
export * from './inspection.js';
export * from './inspector.js';
export * from './job.js';
export * from './notification.js';
export * from './object.js';
export * from './organisation.js';
export * from './oversight.js';
export * from './plan.js';
export * from './publication.js';
export * from './registry.js';
export * from './roles.js';
export * from './sanction.js';
export * from './task.js';
export * from './words.js';
