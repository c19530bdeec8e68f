import { getObject, listCreditHistory } from '@liancha/db';
import { DomainError } from '@liancha/domain';
import { abilityQuery } from '../../trpc/init.js';
import { canRead, found } from '../../trpc/access.js';
import { ZCreditHistoryRequest } from './credit.schema.js';

/** An object's credit record (信用记录), newest first: results, sanctions, hazards, class changes, 失信. */
export const creditHistoryRoute = abilityQuery.input(ZCreditHistoryRequest).query(async ({ ctx, input }) => {
  // Credit records summarise check outcomes, which the platform admin does not see (authz rule table).
  if (ctx.actor.agencyId === null && !ctx.actor.roles.includes('leadership_member')) {
    throw new DomainError('forbidden', '平台管理账号不查看检查结果与信用记录', { reason: 'credit.not_for_platform_admin' });
  }
  const object = found(await getObject(ctx.db, ctx.scope, canRead(ctx.ability, 'Object'), input.objectId), 'Object');
  return {
    object: { id: object.id, name: object.name, uscc: object.uscc, riskClass: object.riskClass, dishonest: object.dishonest },
    records: await listCreditHistory(ctx.db, ctx.scope, object.id),
  };
});
