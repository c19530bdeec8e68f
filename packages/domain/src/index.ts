export * from './errors.js';
export * from './uscc/uscc.js';
export * from './roles.js';
