import { jointCheckRateBp, jointCheckRateTargetBp } from '@liancha/domain';
import { capYear } from '../../inspection-caps/cap-year.js';
import { figureAgencies } from '../../oversight/agency-scope.js';
import { keptFigure } from '../../oversight/figure-snapshots.js';
import { abilityQuery } from '../../trpc/init.js';
import { ZCapFiguresRequest } from './inspection-cap.schema.js';

/**
 * The leadership figures of the year: the 联合检查率 overall and per agency against the local
 * target, checks per agency by kind, enterprises inspected, exempt checks and cap breaches.
 */
export const capFiguresRoute = abilityQuery.input(ZCapFiguresRequest).query(async ({ ctx, input }) => {
  const agencies = await figureAgencies(ctx.db, ctx.scope, ctx.ability, input.agencyId);
  const { year } = capYear(ctx.now(), input.year);
  // A large region's figures are kept as snapshots, as the other leadership figures are (`asOf`).
  const { value: figures, asOf } = await keptFigure(ctx, 'capFigures', { year, agencyIds: agencies.map((a) => a.id) });
  const targetBp = jointCheckRateTargetBp(year);
  return {
    ...figures,
    asOf,
    targetBp,
    jointRateBp: jointCheckRateBp(figures.jointChecks, figures.checks),
    agencies: figures.agencies.map((a) => {
      const checks = a.routine + a.campaign + a.case;
      return { ...a, checks, jointRateBp: jointCheckRateBp(a.jointChecks, checks) };
    }),
  };
});
