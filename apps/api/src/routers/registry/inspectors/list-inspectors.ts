import { listInspectors } from '@liancha/db';
import { abilityQuery } from '../../../trpc/init.js';
import { canRead } from '../../../trpc/access.js';
import { ZListInspectorsRequest } from './inspector.schema.js';

export const listInspectorsRoute = abilityQuery
  .input(ZListInspectorsRequest)
  .query(({ ctx, input }) => listInspectors(ctx.db, ctx.scope, canRead(ctx.ability, 'Inspector'), input));
