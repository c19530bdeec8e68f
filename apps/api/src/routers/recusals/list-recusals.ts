import { recusalQueue } from '@liancha/db';
import { RECUSAL_STATUSES } from '@liancha/domain';
import { z } from 'zod';
import { decideRecusalRefusal, recusalReadScope } from '../../enterprise/staff-access.js';
import { abilityQuery } from '../../trpc/init.js';

export const ZRecusalListRequest = z.object({ status: z.enum(RECUSAL_STATUSES, { error: '回避申请状态无效' }).optional() });

/** 回避 requests about the caller's agency's officers (the leadership group: the region's), newest first, with whether the caller may decide each. */
export const listRecusalsRoute = abilityQuery.input(ZRecusalListRequest).query(async ({ ctx, input }) => {
  const agencyIds = recusalReadScope(ctx.actor);
  const rows = await recusalQueue(ctx.db, ctx.scope, { agencyIds, limit: 200, ...(input.status ? { status: input.status } : {}) });
  return rows.map((row) => ({ ...row, can: { decide: row.status === 'pending' && decideRecusalRefusal(ctx.actor, row.agencyId) === null } }));
});
