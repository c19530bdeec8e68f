import { listConflicts } from '@liancha/db';
import { abilityQuery } from '../../../trpc/init.js';
import { canRead } from '../../../trpc/access.js';
import { ZListConflictsRequest } from './conflict.schema.js';

export const listConflictsRoute = abilityQuery
  .input(ZListConflictsRequest)
  .query(({ ctx, input }) => listConflicts(ctx.db, ctx.scope, canRead(ctx.ability, 'Conflict'), input));
