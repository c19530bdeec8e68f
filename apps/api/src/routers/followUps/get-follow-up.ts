import { getFollowUp } from '@liancha/db';
import { localDate } from '../../hazards/local-date.js';
import { abilityQuery } from '../../trpc/init.js';
import { canRead, found } from '../registry/access.js';
import { ZIdRequest } from '../registry/list.schema.js';
import { presentFollowUp } from '../../followUps/present-follow-up.js';

export const getFollowUpRoute = abilityQuery.input(ZIdRequest).query(async ({ ctx, input }) => {
  const row = found(await getFollowUp(ctx.db, ctx.scope, canRead(ctx.ability, 'FollowUpAction'), input.id), 'FollowUpAction');
  return presentFollowUp(row, localDate(ctx.now()), ctx.ability);
});
