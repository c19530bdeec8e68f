import { insertRecusalRequest, teamSeatOfObject } from '@liancha/db';
import { DomainError, recusalRequestRefusal } from '@liancha/domain';
import { enforce } from '../../can/refusal.js';
import { enterpriseMutation } from '../../trpc/init.js';
import { ZRecusalRequest } from './enterprise.schema.js';

/** 回避申请: before the visit, the enterprise names an officer of its check's team and says why; the head of that officer's agency decides. */
export const requestRecusalRoute = enterpriseMutation.input(ZRecusalRequest).mutation(async ({ ctx, input }) => {
  const seat = await teamSeatOfObject(ctx.db, ctx.scope, { ...input, objectId: ctx.self.objectId });
  if (!seat)
    throw new DomainError('not_found', '该执法人员不在本企业这次检查的检查组中', {
      reason: 'not_on_team',
      issues: [{ field: 'inspectorId', message: '请从检查组成员中选择' }],
    });
  enforce(recusalRequestRefusal(seat.checkStatus));
  const id = await insertRecusalRequest(ctx.db, ctx.scope, {
    objectId: ctx.self.objectId,
    checkId: input.checkId,
    inspectorId: input.inspectorId,
    agencyId: seat.agencyId,
    reason: input.reason,
  });
  await ctx.audit.record({
    action: 'recusal.request',
    subjectKind: 'recusal_request',
    subjectId: id,
    actorUserId: null,
    after: { checkId: input.checkId, inspectorId: input.inspectorId },
  });
  return { id };
});
