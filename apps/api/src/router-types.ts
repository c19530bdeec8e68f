/**
 * `@liancha/api/router`: the API's one package entry, and it carries TYPES ONLY.
 *
 * The portals and `@liancha/api-client` call the API over HTTP; what they take from this app is
 * the shape of its router (for the typed client) and a few shared types, never code: every
 * line here is `export type`, `router-types.test.ts` checks that the entry compiles to nothing,
 * and lint lets the portals and api-client import it only with `import type`
 * (docs/architecture.md, "The router type boundary").
 */
export type { AppRouter, RouterInputs, RouterOutputs } from './routers/app-router.js';
export type { SessionUser } from './auth/session-user.js';
export type { MaxBatchCalls } from './http/limits.js';
