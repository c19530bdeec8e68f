import { listCheckPage, listResultLines, type CheckStatus } from '@liancha/db';
import { abilityQuery } from '../../trpc/init.js';
import { canRead } from '../../trpc/access.js';
import { ZListChecksRequest, ZResultLinesRequest } from './check.schema.js';

/** The checks list's filters as the repositories take them ("mine": the caller's own teams). */
const checkFilter = (
  ctx: { actor: { inspectorId: string | null } },
  input: { taskId?: string | undefined; mine: boolean; statuses?: CheckStatus[] | undefined },
) => ({
  taskId: input.taskId,
  statuses: input.statuses,
  inspectorId: input.mine ? (ctx.actor.inspectorId ?? '00000000-0000-0000-0000-000000000000') : undefined,
});

export const listChecksRoute = abilityQuery
  .input(ZListChecksRequest)
  .query(({ ctx, input }) => listCheckPage(ctx.db, ctx.scope, canRead(ctx.ability, 'Check'), { ...input, filter: checkFilter(ctx, input.filter) }));

/** The same checks' results, one line per check and item, a page at a time: what the checks export writes. */
export const resultLinesRoute = abilityQuery
  .input(ZResultLinesRequest)
  .query(({ ctx, input }) =>
    listResultLines(ctx.db, ctx.scope, canRead(ctx.ability, 'Check'), checkFilter(ctx, input.filter), {
      offset: (input.page - 1) * input.pageSize,
      limit: input.pageSize,
    }),
  );
