import { listFollowUps } from '@liancha/db';
import { dateInShanghai } from '@liancha/domain';
import { abilityQuery } from '../../trpc/init.js';
import { canRead } from '../../trpc/access.js';
import { overdueAsOf } from '../../trpc/overdue-filter.js';
import { ZListFollowUpsRequest } from './follow-up.schema.js';
import { presentFollowUp } from '../../follow-ups/present-follow-up.js';

export const listFollowUpsRoute = abilityQuery.input(ZListFollowUpsRequest).query(async ({ ctx, input }) => {
  const today = dateInShanghai(ctx.now());
  const page = await listFollowUps(ctx.db, ctx.scope, canRead(ctx.ability, 'FollowUpAction'), overdueAsOf(input, today));
  return { ...page, rows: page.rows.map((row) => presentFollowUp(row, today, ctx.ability)) };
});
