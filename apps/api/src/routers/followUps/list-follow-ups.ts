import { listFollowUps } from '@liancha/db';
import { localDate } from '../../hazards/local-date.js';
import { abilityQuery } from '../../trpc/init.js';
import { canRead } from '../registry/access.js';
import { ZListFollowUpsRequest } from './follow-up.schema.js';
import { presentFollowUp } from '../../followUps/present-follow-up.js';

export const listFollowUpsRoute = abilityQuery.input(ZListFollowUpsRequest).query(async ({ ctx, input }) => {
  const today = localDate(ctx.now());
  const { overdueOnly, ...filter } = input.filter;
  const page = await listFollowUps(ctx.db, ctx.scope, canRead(ctx.ability, 'FollowUpAction'), { ...input, filter: { ...filter, ...(overdueOnly ? { overdueOn: today } : {}) } });
  return { ...page, rows: page.rows.map((row) => presentFollowUp(row, today, ctx.ability)) };
});
