import { assertCan, subjectOf } from '@liancha/authz';
import { findInspectorByCertificate, insertInspector } from '@liancha/db';
import { DomainError } from '@liancha/domain';
import { assertReferences } from '../../../registry/reference-check.js';
import { requireAgency } from '../../../registry/require-agency.js';
import { abilityMutation } from '../../../trpc/init.js';
import { ZCreateInspectorRequest } from './inspector.schema.js';

export const createInspectorRoute = abilityMutation.input(ZCreateInspectorRequest).mutation(async ({ ctx, input }) => {
  const agencyId = requireAgency(ctx.actor);
  assertCan(ctx.ability, 'create', subjectOf('Inspector', { ...input, regionCode: ctx.scope.regionCode, agencyId, userId: null, archivedAt: null }));
  // Never say which agency holds the number: only that it is taken.
  if (await findInspectorByCertificate(ctx.db, ctx.scope, input.certificateNo)) {
    throw new DomainError('conflict', `执法证号 ${input.certificateNo} 已登记`, {
      reason: 'duplicate_certificate',
      issues: [{ field: 'certificateNo', message: '执法证号已登记' }],
    });
  }
  await assertReferences(ctx.db, ctx.scope, { unitId: input.unitId, agencyId, homeTownshipCode: input.homeTownshipCode });
  const id = await insertInspector(ctx.db, ctx.scope, agencyId, input);
  await ctx.audit.record({ action: 'inspector.create', subjectKind: 'inspector', subjectId: id, after: { ...input, agencyId } });
  return { id };
});
