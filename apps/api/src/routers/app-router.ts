import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { router } from '../trpc/init.js';
import { auditRouter } from './audit/router.js';
import { authRouter } from './auth/router.js';
import { calendarRouter } from './calendar/router.js';
import { checksRouter } from './checks/router.js';
import { creditRouter } from './credit/router.js';
import { followUpsRouter } from './follow-ups/router.js';
import { hazardsRouter } from './hazards/router.js';
import { notificationsRouter } from './notifications/router.js';
import { homeRouter } from './home/router.js';
import { sanctionsRouter } from './sanctions/router.js';
import { caseChecksRouter } from './case-checks/router.js';
import { inspectionCapsRouter } from './inspection-caps/router.js';
import { campaignsRouter } from './campaigns/router.js';
import { drawsRouter } from './draws/router.js';
import { enterpriseRouter } from './enterprise/router.js';
import { enterpriseAccessRouter } from './enterprise-access/router.js';
import { ratingsRouter } from './ratings/router.js';
import { recusalsRouter } from './recusals/router.js';
import { healthRoute } from './health/health.js';
import { plansRouter } from './plans/router.js';
import { oversightRouter } from './oversight/router.js';
import { publicationsRouter } from './publications/router.js';
import { supervisionNotesRouter } from './supervision-notes/router.js';
import { publicRouter } from './public/router.js';
import { referenceRouter } from './reference/router.js';
import { registryRouter } from './registry/router.js';
import { tasksRouter } from './tasks/router.js';
import { usersRouter } from './users/router.js';

export const appRouter = router({
  health: healthRoute,
  auth: authRouter,
  public: publicRouter,
  registry: registryRouter,
  reference: referenceRouter,
  home: homeRouter,
  audit: auditRouter,
  plans: plansRouter,
  tasks: tasksRouter,
  draws: drawsRouter,
  checks: checksRouter,
  followUps: followUpsRouter,
  hazards: hazardsRouter,
  sanctions: sanctionsRouter,
  caseChecks: caseChecksRouter,
  inspectionCaps: inspectionCapsRouter,
  campaigns: campaignsRouter,
  credit: creditRouter,
  publications: publicationsRouter,
  oversight: oversightRouter,
  supervisionNotes: supervisionNotesRouter,
  users: usersRouter,
  calendar: calendarRouter,
  notifications: notificationsRouter,
  enterprise: enterpriseRouter,
  enterpriseAccess: enterpriseAccessRouter,
  recusals: recusalsRouter,
  ratings: ratingsRouter,
});

export type AppRouter = typeof appRouter;
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
