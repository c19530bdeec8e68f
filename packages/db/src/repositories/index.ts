export * from './executor.js';
export * from './region.repository.js';
export * from './session.repository.js';
export * from './user.repository.js';
