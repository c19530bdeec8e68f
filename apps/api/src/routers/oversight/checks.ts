import { checkFigures } from '../../oversight/figures.js';
import { abilityQuery } from '../../trpc/init.js';
import { ZFiguresRequest } from './oversight.schema.js';

/** Checks done, problems found and the joint-check share, per agency, sector and quarter. */
export const checksRoute = abilityQuery.input(ZFiguresRequest).query(({ ctx, input }) => checkFigures(ctx, input));
