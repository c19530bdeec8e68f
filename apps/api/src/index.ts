/** What the portals may import: types only (`import type`). */
export type { AppRouter, RouterInputs, RouterOutputs } from './routers/app-router.js';
export type { SessionUser } from './auth/session-user.js';
export type { MaxBatchCalls } from './http/limits.js';
