import { assertCan, subjectOf } from '@liancha/authz';
import { getItem, publishItem } from '@liancha/db';
import { DomainError } from '@liancha/domain';
import { abilityMutation } from '../../../trpc/init.js';
import { canRead, found } from '../../../trpc/access.js';
import { ZIdRequest } from '../../../trpc/schemas.js';

/** Only published items may be inspected ("行政检查事项未经公布的，不得实施"). */
export const publishItemRoute = abilityMutation.input(ZIdRequest).mutation(async ({ ctx, input }) => {
  const row = found(await getItem(ctx.db, ctx.scope, canRead(ctx.ability, 'InspectionItem'), input.id), 'InspectionItem');
  assertCan(ctx.ability, 'publish', subjectOf('InspectionItem', row));
  if (row.archivedAt) throw new DomainError('precondition_failed', '已归档的抽查事项不能公布', { reason: 'archived' });
  if (row.publishedAt) throw new DomainError('conflict', '该抽查事项已公布', { reason: 'already_published' });
  await publishItem(ctx.db, ctx.scope, row.id, ctx.now());
  await ctx.audit.record({ action: 'inspectionItem.publish', subjectKind: 'inspectionItem', subjectId: row.id, after: { publishedAt: ctx.now() } });
  return { ok: true as const };
});
