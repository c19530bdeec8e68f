import { getFollowUp } from '@liancha/db';
import { dateInShanghai } from '@liancha/domain';
import { abilityQuery } from '../../trpc/init.js';
import { canRead, found } from '../../trpc/access.js';
import { ZIdRequest } from '../../trpc/schemas.js';
import { presentFollowUp } from '../../follow-ups/present-follow-up.js';

export const getFollowUpRoute = abilityQuery.input(ZIdRequest).query(async ({ ctx, input }) => {
  const row = found(await getFollowUp(ctx.db, ctx.scope, canRead(ctx.ability, 'FollowUpAction'), input.id), 'FollowUpAction');
  return presentFollowUp(row, dateInShanghai(ctx.now()), ctx.ability);
});
