import { listDishonestObjects } from '@liancha/db';
import { DomainError } from '@liancha/domain';
import { abilityQuery } from '../../trpc/init.js';
import { ZDishonestListRequest } from './credit.schema.js';

/**
 * The region's joint-punishment list (联合惩戒名单). Every account of the region with a role
 * reads it, whatever objects it supervises: joint punishment means every department applies
 * it. It shows identity and the latest marking only, not the directory row.
 */
export const dishonestListRoute = abilityQuery.input(ZDishonestListRequest).query(async ({ ctx, input }) => {
  if (ctx.actor.roles.length === 0) throw new DomainError('forbidden', '账号未分配角色，不能查看失信名单', { reason: 'authz.no_role' });
  return listDishonestObjects(ctx.db, ctx.scope, input);
});
