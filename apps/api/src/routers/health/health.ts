import { sql } from '@liancha/db';
import { publicProcedure } from '../../trpc/init.js';

/** Liveness plus a database round trip, for load balancers and the launcher. */
export const healthRoute = publicProcedure.query(async ({ ctx }) => {
  await sql`select 1`.execute(ctx.db);
  return { status: 'ok' as const, time: ctx.now() };
});
