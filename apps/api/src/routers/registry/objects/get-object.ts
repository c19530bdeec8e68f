import { getObject } from '@liancha/db';
import { abilityQuery } from '../../../trpc/init.js';
import { canRead, found } from '../../../trpc/access.js';
import { ZIdRequest } from '../../../trpc/schemas.js';

export const getObjectRoute = abilityQuery
  .input(ZIdRequest)
  .query(async ({ ctx, input }) => found(await getObject(ctx.db, ctx.scope, canRead(ctx.ability, 'Object'), input.id), 'Object'));
