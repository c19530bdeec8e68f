import { assertCanUpdate } from '@liancha/authz';
import { getInspector, updateInspector } from '@liancha/db';
import { assertReferences } from '../../../registry/reference-check.js';
import { abilityMutation } from '../../../trpc/init.js';
import { canRead, found } from '../../../trpc/access.js';
import { ZUpdateInspectorRequest } from './inspector.schema.js';

export const updateInspectorRoute = abilityMutation.input(ZUpdateInspectorRequest).mutation(async ({ ctx, input }) => {
  const before = found(await getInspector(ctx.db, ctx.scope, canRead(ctx.ability, 'Inspector'), input.id), 'Inspector');
  assertCanUpdate(ctx.ability, 'Inspector', before, input.patch);
  await assertReferences(ctx.db, ctx.scope, { unitId: input.patch.unitId, agencyId: before.agencyId, homeTownshipCode: input.patch.homeTownshipCode });
  await updateInspector(ctx.db, ctx.scope, before.id, input.patch, ctx.now());
  const after = found(await getInspector(ctx.db, ctx.scope, canRead(ctx.ability, 'Inspector'), input.id), 'Inspector');
  await ctx.audit.record({ action: 'inspector.update', subjectKind: 'inspector', subjectId: before.id, before, after });
  return after;
});
