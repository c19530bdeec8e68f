import { assertCan, subjectOf } from '@liancha/authz';
import { archiveInspector, getInspector } from '@liancha/db';
import { DomainError } from '@liancha/domain';
import { abilityMutation } from '../../../trpc/init.js';
import { canRead, found } from '../../../trpc/access.js';
import { ZIdRequest } from '../../../trpc/schemas.js';

export const archiveInspectorRoute = abilityMutation.input(ZIdRequest).mutation(async ({ ctx, input }) => {
  const row = found(await getInspector(ctx.db, ctx.scope, canRead(ctx.ability, 'Inspector'), input.id), 'Inspector');
  assertCan(ctx.ability, 'archive', subjectOf('Inspector', row));
  if (row.archivedAt) throw new DomainError('conflict', '该执法检查人员已归档', { reason: 'already_archived' });
  await archiveInspector(ctx.db, ctx.scope, row.id, ctx.now());
  await ctx.audit.record({
    action: 'inspector.archive',
    subjectKind: 'inspector',
    subjectId: row.id,
    before: { archivedAt: null },
    after: { archivedAt: ctx.now() },
  });
  return { ok: true as const };
});
