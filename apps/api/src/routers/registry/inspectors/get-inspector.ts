import { getInspector } from '@liancha/db';
import { abilityQuery } from '../../../trpc/init.js';
import { canRead, found } from '../access.js';
import { ZIdRequest } from '../list.schema.js';

export const getInspectorRoute = abilityQuery
  .input(ZIdRequest)
  .query(async ({ ctx, input }) => found(await getInspector(ctx.db, ctx.scope, canRead(ctx.ability, 'Inspector'), input.id), 'Inspector'));
