import { assertCan, subjectOf } from '@liancha/authz';
import { findItemByCode, insertItem } from '@liancha/db';
import { DomainError } from '@liancha/domain';
import { assertReferences } from '../../../registry/reference-check.js';
import { requireAgency } from '../../../registry/require-agency.js';
import { abilityMutation } from '../../../trpc/init.js';
import { ZCreateItemRequest } from './item.schema.js';

export const createItemRoute = abilityMutation.input(ZCreateItemRequest).mutation(async ({ ctx, input }) => {
  const agencyId = requireAgency(ctx.actor);
  assertCan(ctx.ability, 'create', subjectOf('InspectionItem', { ...input, regionCode: ctx.scope.regionCode, agencyId, publishedAt: null, archivedAt: null }));
  if (await findItemByCode(ctx.db, ctx.scope, agencyId, input.code)) {
    throw new DomainError('conflict', `事项编号 ${input.code} 已存在`, { reason: 'duplicate_code', issues: [{ field: 'code', message: '事项编号已存在' }] });
  }
  await assertReferences(ctx.db, ctx.scope, { applicableSectors: input.applicableSectors });
  const id = await insertItem(ctx.db, ctx.scope, agencyId, input);
  await ctx.audit.record({ action: 'inspectionItem.create', subjectKind: 'inspectionItem', subjectId: id, after: { ...input, agencyId } });
  return { id };
});
