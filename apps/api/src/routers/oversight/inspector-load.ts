import { inspectorLoadFigures } from '../../oversight/figures.js';
import { abilityQuery } from '../../trpc/init.js';
import { ZFiguresRequest } from './oversight.schema.js';

/** Checks per inspector in the year, by quarter. */
export const inspectorLoadRoute = abilityQuery.input(ZFiguresRequest).query(({ ctx, input }) => inspectorLoadFigures(ctx, input));
