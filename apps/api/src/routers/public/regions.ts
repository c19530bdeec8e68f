import { listRegions } from '@liancha/db';
import { publicReadProcedure } from '../../trpc/init.js';

export const regionsRoute = publicReadProcedure.query(({ ctx }) => listRegions(ctx.db));
