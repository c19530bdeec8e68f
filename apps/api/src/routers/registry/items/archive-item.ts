import { assertCan, subjectOf } from '@liancha/authz';
import { archiveItem, getItem } from '@liancha/db';
import { DomainError } from '@liancha/domain';
import { abilityMutation } from '../../../trpc/init.js';
import { canRead, found } from '../../../trpc/access.js';
import { ZIdRequest } from '../../../trpc/schemas.js';

export const archiveItemRoute = abilityMutation.input(ZIdRequest).mutation(async ({ ctx, input }) => {
  const row = found(await getItem(ctx.db, ctx.scope, canRead(ctx.ability, 'InspectionItem'), input.id), 'InspectionItem');
  assertCan(ctx.ability, 'archive', subjectOf('InspectionItem', row));
  if (row.archivedAt) throw new DomainError('conflict', '该抽查事项已归档', { reason: 'already_archived' });
  await archiveItem(ctx.db, ctx.scope, row.id, ctx.now());
  await ctx.audit.record({
    action: 'inspectionItem.archive',
    subjectKind: 'inspectionItem',
    subjectId: row.id,
    before: { archivedAt: null },
    after: { archivedAt: ctx.now() },
  });
  return { ok: true as const };
});
