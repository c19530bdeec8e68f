import { assertCanUpdate } from '@liancha/authz';
import { getItem, updateItem } from '@liancha/db';
import { assertReferences } from '../../../registry/reference-check.js';
import { abilityMutation } from '../../../trpc/init.js';
import { canRead, found } from '../../../trpc/access.js';
import { ZUpdateItemRequest } from './item.schema.js';

/** A changed item is withdrawn from publication until it is published again. */
export const updateItemRoute = abilityMutation.input(ZUpdateItemRequest).mutation(async ({ ctx, input }) => {
  const before = found(await getItem(ctx.db, ctx.scope, canRead(ctx.ability, 'InspectionItem'), input.id), 'InspectionItem');
  assertCanUpdate(ctx.ability, 'InspectionItem', before, input.patch);
  await assertReferences(ctx.db, ctx.scope, { applicableSectors: input.patch.applicableSectors });
  await updateItem(ctx.db, ctx.scope, before.id, input.patch, ctx.now());
  const after = found(await getItem(ctx.db, ctx.scope, canRead(ctx.ability, 'InspectionItem'), input.id), 'InspectionItem');
  await ctx.audit.record({ action: 'inspectionItem.update', subjectKind: 'inspectionItem', subjectId: before.id, before, after });
  return after;
});
