import { listTaskPage } from '@liancha/db';
import { abilityQuery } from '../../trpc/init.js';
import { canRead } from '../../trpc/access.js';
import { ZListTasksRequest } from './task.schema.js';

export const listTasksRoute = abilityQuery
  .input(ZListTasksRequest)
  .query(({ ctx, input }) => listTaskPage(ctx.db, ctx.scope, canRead(ctx.ability, 'JointTask'), input));
