import { capFigures } from '@liancha/db';
import { capReportFile } from '../../inspection-caps/cap-report.js';
import { capYear } from '../../inspection-caps/cap-year.js';
import { figureAgencies } from '../../oversight/agency-scope.js';
import { abilityQuery } from '../../trpc/init.js';
import { ZCapFiguresRequest } from './inspection-cap.schema.js';

/** The 行政执法统计年报's frequency figures as a CSV file (UTF-8 with BOM), for the agencies the caller may see. */
export const capReportRoute = abilityQuery.input(ZCapFiguresRequest).query(async ({ ctx, input }) => {
  const agencies = await figureAgencies(ctx.db, ctx.scope, ctx.ability, input.agencyId);
  const { year } = capYear(ctx.now(), input.year);
  return capReportFile(await capFigures(ctx.db, ctx.scope, { year, agencyIds: agencies.map((a) => a.id) }));
});
