import { listHazards } from '@liancha/db';
import { dateInShanghai } from '@liancha/domain';
import { presentHazard } from '../../hazards/hazard-view.js';
import { abilityQuery } from '../../trpc/init.js';
import { canRead } from '../../trpc/access.js';
import { overdueAsOf } from '../../trpc/overdue-filter.js';
import { ZListHazardsRequest, ZOverdueHazardsRequest } from './hazard.schema.js';

export const listHazardsRoute = abilityQuery.input(ZListHazardsRequest).query(async ({ ctx, input }) => {
  const today = dateInShanghai(ctx.now());
  const page = await listHazards(ctx.db, ctx.scope, canRead(ctx.ability, 'Hazard'), overdueAsOf(input, today));
  return { ...page, rows: page.rows.map((row) => presentHazard(row, today)) };
});

/** Hazards overdue today (整改、复查、督办、验收), computed on read, with their flags. */
export const listOverdueHazardsRoute = abilityQuery.input(ZOverdueHazardsRequest).query(async ({ ctx, input }) => {
  const today = dateInShanghai(ctx.now());
  const page = await listHazards(ctx.db, ctx.scope, canRead(ctx.ability, 'Hazard'), { ...input, filter: { ...input.filter, overdueOn: today } });
  return { ...page, today, rows: page.rows.map((row) => presentHazard(row, today)) };
});
