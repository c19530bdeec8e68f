import { getInspector } from '@liancha/db';
import { abilityQuery } from '../../../trpc/init.js';
import { canRead, found } from '../../../trpc/access.js';
import { ZIdRequest } from '../../../trpc/schemas.js';

export const getInspectorRoute = abilityQuery
  .input(ZIdRequest)
  .query(async ({ ctx, input }) => found(await getInspector(ctx.db, ctx.scope, canRead(ctx.ability, 'Inspector'), input.id), 'Inspector'));
