import { assertCan, subjectOf } from '@liancha/authz';
import { archiveConflict, getConflict } from '@liancha/db';
import { DomainError } from '@liancha/domain';
import { abilityMutation } from '../../../trpc/init.js';
import { canRead, found } from '../../../trpc/access.js';
import { ZIdRequest } from '../../../trpc/schemas.js';

export const archiveConflictRoute = abilityMutation.input(ZIdRequest).mutation(async ({ ctx, input }) => {
  const row = found(await getConflict(ctx.db, ctx.scope, canRead(ctx.ability, 'Conflict'), input.id), 'Conflict');
  assertCan(ctx.ability, 'archive', subjectOf('Conflict', row));
  if (row.archivedAt) throw new DomainError('conflict', '该回避记录已撤销', { reason: 'already_archived' });
  await archiveConflict(ctx.db, ctx.scope, row.id, ctx.now());
  await ctx.audit.record({ action: 'conflict.archive', subjectKind: 'conflict', subjectId: row.id, before: row, after: { archivedAt: ctx.now() } });
  return { ok: true as const };
});
