import { listRegions } from '@liancha/db';
import { publicProcedure } from '../../trpc/init.js';

export const regionsRoute = publicProcedure.query(({ ctx }) => listRegions(ctx.db));
