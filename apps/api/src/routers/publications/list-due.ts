import { resultsDue } from '../../publications/results-due.js';
import { abilityQuery } from '../../trpc/init.js';
import { ZDueRequest } from './publication.schema.js';

/** Results of ended checks not yet published, with their 20-working-day deadlines. */
export const listDueRoute = abilityQuery.input(ZDueRequest).query(({ ctx, input }) => resultsDue(ctx, input, false));
