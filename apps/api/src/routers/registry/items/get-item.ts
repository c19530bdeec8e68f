import { getItem } from '@liancha/db';
import { abilityQuery } from '../../../trpc/init.js';
import { canRead, found } from '../../../trpc/access.js';
import { ZIdRequest } from '../../../trpc/schemas.js';

export const getItemRoute = abilityQuery
  .input(ZIdRequest)
  .query(async ({ ctx, input }) => found(await getItem(ctx.db, ctx.scope, canRead(ctx.ability, 'InspectionItem'), input.id), 'InspectionItem'));
