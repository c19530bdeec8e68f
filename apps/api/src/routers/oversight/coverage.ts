import { coverageFigures } from '../../oversight/figures.js';
import { abilityQuery } from '../../trpc/init.js';
import { ZFiguresRequest } from './oversight.schema.js';

/** 抽查比例: general units drawn against the annual plan's floor, per agency, sector and quarter. */
export const coverageRoute = abilityQuery.input(ZFiguresRequest).query(({ ctx, input }) => coverageFigures(ctx, input));
