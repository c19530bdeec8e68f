import { pingDatabase } from '@liancha/db';
import { publicProcedure } from '../../trpc/init.js';

/** Liveness plus a database round trip, for load balancers and the launcher. */
export const healthRoute = publicProcedure.query(async ({ ctx }) => {
  await pingDatabase(ctx.db);
  return { status: 'ok' as const, time: ctx.now() };
});
