import { resultsDue } from '../../publications/results-due.js';
import { abilityQuery } from '../../trpc/init.js';
import { ZDueRequest } from './publication.schema.js';

/** Results past their publication deadline and still unpublished. */
export const listOverdueRoute = abilityQuery.input(ZDueRequest).query(({ ctx, input }) => resultsDue(ctx, input, true));
