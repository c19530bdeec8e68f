import { capYear } from '../../inspection-caps/cap-year.js';
import { warningScope } from '../../inspection-caps/warning-scope.js';
import { keptFigure } from '../../oversight/figure-snapshots.js';
import { abilityQuery } from '../../trpc/init.js';
import { ZCapWarningsRequest } from './inspection-cap.schema.js';

/**
 * Enterprises flagged today for 多头、重复 or 高频 checks, a page at a time in USCC order: the
 * leadership group the whole region, an agency's office the enterprises its agency supervises.
 */
export const capWarningsRoute = abilityQuery.input(ZCapWarningsRequest).query(async ({ ctx, input }) => {
  const scope = warningScope(ctx);
  const { year, today } = capYear(ctx.now(), input.year);
  const { value: page, asOf } = await keptFigure(ctx, 'capWarnings', {
    agencyIds: scope.supervisedBy === undefined ? [] : [scope.supervisedBy],
    year,
    today,
    after: input.after ?? null,
    limit: input.limit,
  });
  return { year, today, asOf, regionWide: scope.supervisedBy === undefined, ...page };
});
