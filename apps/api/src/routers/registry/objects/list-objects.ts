import { listObjects } from '@liancha/db';
import { abilityQuery } from '../../../trpc/init.js';
import { canRead } from '../../../trpc/access.js';
import { ZListObjectsRequest } from './object.schema.js';

export const listObjectsRoute = abilityQuery
  .input(ZListObjectsRequest)
  .query(({ ctx, input }) => listObjects(ctx.db, ctx.scope, canRead(ctx.ability, 'Object'), input));
