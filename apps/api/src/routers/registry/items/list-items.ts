import { listItems } from '@liancha/db';
import { abilityQuery } from '../../../trpc/init.js';
import { canRead } from '../../../trpc/access.js';
import { ZListItemsRequest } from './item.schema.js';

export const listItemsRoute = abilityQuery
  .input(ZListItemsRequest)
  .query(({ ctx, input }) => listItems(ctx.db, ctx.scope, canRead(ctx.ability, 'InspectionItem'), input));
