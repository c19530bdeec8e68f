export type * from './checks.js';
export type * from './columns.js';
export type * from './database.js';
export type * from './draw.js';
export type * from './organisation.js';
export type * from './oversight.js';
export type * from './planning.js';
export type * from './registries.js';
