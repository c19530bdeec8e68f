import { listPlans } from '@liancha/db';
import { abilityQuery } from '../../trpc/init.js';
import { canRead } from '../../trpc/access.js';
import { ZListPlansRequest } from './plan.schema.js';

export const listPlansRoute = abilityQuery
  .input(ZListPlansRequest)
  .query(({ ctx, input }) => listPlans(ctx.db, ctx.scope, canRead(ctx.ability, 'AnnualPlan'), input));
