import { assertCanUpdate } from '@liancha/authz';
import { getObject, updateObject } from '@liancha/db';
import { assertReferences } from '../../../registry/reference-check.js';
import { abilityMutation } from '../../../trpc/init.js';
import { canRead, found } from '../../../trpc/access.js';
import { ZUpdateObjectRequest } from './object.schema.js';

export const updateObjectRoute = abilityMutation.input(ZUpdateObjectRequest).mutation(async ({ ctx, input }) => {
  const before = found(await getObject(ctx.db, ctx.scope, canRead(ctx.ability, 'Object'), input.id), 'Object');
  assertCanUpdate(ctx.ability, 'Object', before, input.patch);
  const sectorCode = input.patch.sectorCode ?? before.sectorCode;
  await assertReferences(ctx.db, ctx.scope, {
    townshipCode: input.patch.townshipCode,
    ...(input.patch.sectorCode !== undefined || input.patch.subSectorCode !== undefined
      ? { sectorCode, subSectorCode: input.patch.subSectorCode === undefined ? before.subSectorCode : input.patch.subSectorCode }
      : {}),
  });
  await updateObject(ctx.db, ctx.scope, before.id, input.patch, ctx.now());
  const after = found(await getObject(ctx.db, ctx.scope, canRead(ctx.ability, 'Object'), input.id), 'Object');
  await ctx.audit.record({ action: 'object.update', subjectKind: 'object', subjectId: before.id, before, after });
  return after;
});
