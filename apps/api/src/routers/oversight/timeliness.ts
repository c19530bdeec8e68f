import { timelinessFigures } from '../../oversight/figures.js';
import { abilityQuery } from '../../trpc/init.js';
import { ZCurrentFiguresRequest } from './oversight.schema.js';

/** Result publication: outstanding, overdue and published late, per agency. */
export const timelinessRoute = abilityQuery.input(ZCurrentFiguresRequest).query(({ ctx, input }) => timelinessFigures(ctx, input));
