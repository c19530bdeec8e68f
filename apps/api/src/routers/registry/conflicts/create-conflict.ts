import { assertCan, subjectOf } from '@liancha/authz';
import { getInspector, getObject, insertConflict } from '@liancha/db';
import { abilityMutation } from '../../../trpc/init.js';
import { canRead, found } from '../../../trpc/access.js';
import { ZCreateConflictRequest } from './conflict.schema.js';

/** 回避: the inspector will never be assigned to the object while the record is valid. */
export const createConflictRoute = abilityMutation.input(ZCreateConflictRequest).mutation(async ({ ctx, input }) => {
  const inspector = found(await getInspector(ctx.db, ctx.scope, canRead(ctx.ability, 'Inspector'), input.inspectorId), 'Inspector');
  const object = found(await getObject(ctx.db, ctx.scope, canRead(ctx.ability, 'Object'), input.objectId), 'Object');
  assertCan(
    ctx.ability,
    'create',
    subjectOf('Conflict', { ...input, regionCode: ctx.scope.regionCode, inspectorAgencyId: inspector.agencyId, archivedAt: null }),
  );
  const id = await insertConflict(ctx.db, ctx.scope, input, ctx.actor.userId);
  await ctx.audit.record({
    action: 'conflict.create',
    subjectKind: 'conflict',
    subjectId: id,
    after: { ...input, certificateNo: inspector.certificateNo, uscc: object.uscc },
  });
  return { id };
});
