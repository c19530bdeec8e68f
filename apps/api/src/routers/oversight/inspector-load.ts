import { inspectorLoadFigures } from '../../oversight/figures.js';
import { abilityQuery } from '../../trpc/init.js';
import { ZInspectorLoadRequest } from './oversight.schema.js';

/** Checks per inspector in the year, by quarter: busiest first, a page at a time, with the totals. */
export const inspectorLoadRoute = abilityQuery.input(ZInspectorLoadRequest).query(({ ctx, input }) => inspectorLoadFigures(ctx, input));
