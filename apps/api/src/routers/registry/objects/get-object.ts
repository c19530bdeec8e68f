import { getObject } from '@liancha/db';
import { abilityQuery } from '../../../trpc/init.js';
import { canRead, found } from '../access.js';
import { ZIdRequest } from '../list.schema.js';

export const getObjectRoute = abilityQuery
  .input(ZIdRequest)
  .query(async ({ ctx, input }) => found(await getObject(ctx.db, ctx.scope, canRead(ctx.ability, 'Object'), input.id), 'Object'));
