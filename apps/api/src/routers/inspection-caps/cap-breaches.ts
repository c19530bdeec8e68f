import { capYear } from '../../inspection-caps/cap-year.js';
import { figureAgencies } from '../../oversight/agency-scope.js';
import { keptFigure } from '../../oversight/figure-snapshots.js';
import { abilityQuery } from '../../trpc/init.js';
import { ZCapBreachesRequest } from './inspection-cap.schema.js';

/** Enterprises past an agency's cap in the year, with the head's approvals recorded, a page at a time. */
export const capBreachesRoute = abilityQuery.input(ZCapBreachesRequest).query(async ({ ctx, input }) => {
  const agencies = await figureAgencies(ctx.db, ctx.scope, ctx.ability, input.agencyId);
  const { year } = capYear(ctx.now(), input.year);
  const { value: page, asOf } = await keptFigure(ctx, 'capBreaches', {
    year,
    agencyIds: agencies.map((a) => a.id),
    limit: input.limit,
    after: input.after ?? null,
  });
  return { year, asOf, ...page };
});
