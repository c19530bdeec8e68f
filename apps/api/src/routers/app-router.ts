import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { router } from '../trpc/init.js';
import { auditRouter } from './audit/router.js';
import { authRouter } from './auth/router.js';
import { healthRoute } from './health/health.js';
import { publicRouter } from './public/router.js';
import { registryRouter } from './registry/router.js';

export const appRouter = router({
  health: healthRoute,
  auth: authRouter,
  public: publicRouter,
  registry: registryRouter,
  audit: auditRouter,
});

export type AppRouter = typeof appRouter;
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
