import { assertCan, subjectOf } from '@liancha/authz';
import { addSupervision, EVERY_ROW, findObjectIdByUscc, getObject, insertObject } from '@liancha/db';
import { DomainError } from '@liancha/domain';
import { assertReferences } from '../../../registry/reference-check.js';
import { requireAgency } from '../../../registry/require-agency.js';
import { abilityMutation } from '../../../trpc/init.js';
import { ZCreateObjectRequest } from './object.schema.js';

/**
 * One enterprise is one row per region. Adding a USCC that another agency already
 * supervises links it to the caller's agency instead of creating a second row.
 */
export const createObjectRoute = abilityMutation.input(ZCreateObjectRequest).mutation(async ({ ctx, input }) => {
  const agencyId = requireAgency(ctx.actor);
  const existingId = await findObjectIdByUscc(ctx.db, ctx.scope, input.uscc);
  if (existingId) {
    const existing = await getObject(ctx.db, ctx.scope, EVERY_ROW, existingId);
    if (existing?.supervisingAgencyIds.includes(agencyId)) {
      throw new DomainError('conflict', `统一社会信用代码 ${input.uscc} 已在本部门检查对象名录库中`, {
        reason: 'duplicate_uscc',
        issues: [{ field: 'uscc', message: '该企业已在名录库中' }],
      });
    }
    assertCan(ctx.ability, 'create', subjectOf('ObjectSupervision', { regionCode: ctx.scope.regionCode, objectId: existingId, agencyId }));
    await addSupervision(ctx.db, ctx.scope, existingId, agencyId);
    await ctx.audit.record({ action: 'object.supervise', subjectKind: 'object', subjectId: existingId, after: { agencyId, uscc: input.uscc } });
    return { id: existingId, created: false as const };
  }
  await assertReferences(ctx.db, ctx.scope, input);
  assertCan(ctx.ability, 'create', subjectOf('Object', { ...input, regionCode: ctx.scope.regionCode, supervisingAgencyIds: [agencyId], archivedAt: null }));
  const id = await insertObject(ctx.db, ctx.scope, input);
  await addSupervision(ctx.db, ctx.scope, id, agencyId);
  await ctx.audit.record({ action: 'object.create', subjectKind: 'object', subjectId: id, after: { ...input, supervisingAgencyIds: [agencyId] } });
  return { id, created: true as const };
});
