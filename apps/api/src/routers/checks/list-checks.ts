import { listChecks } from '@liancha/db';
import { abilityQuery } from '../../trpc/init.js';
import { canRead } from '../../trpc/access.js';
import { ZListChecksRequest } from './check.schema.js';

export const listChecksRoute = abilityQuery
  .input(ZListChecksRequest)
  .query(({ ctx, input }) =>
    listChecks(ctx.db, ctx.scope, canRead(ctx.ability, 'Check'), {
      taskId: input.taskId,
      statuses: input.statuses,
      inspectorId: input.mine ? (ctx.actor.inspectorId ?? '00000000-0000-0000-0000-000000000000') : undefined,
    }),
  );
