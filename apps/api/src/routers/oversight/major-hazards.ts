import { majorHazardFigures } from '../../oversight/figures.js';
import { abilityQuery } from '../../trpc/init.js';
import { ZCurrentFiguresRequest } from './oversight.schema.js';

/** Major hazards (重大事故隐患) by state, per agency. */
export const majorHazardsRoute = abilityQuery.input(ZCurrentFiguresRequest).query(({ ctx, input }) => majorHazardFigures(ctx, input));
