import { assertCan, subjectOf } from '@liancha/authz';
import { archiveObject, getObject, removeSupervision } from '@liancha/db';
import { DomainError } from '@liancha/domain';
import { requireAgency } from '../../../registry/require-agency.js';
import { abilityMutation } from '../../../trpc/init.js';
import { canRead, found } from '../../../trpc/access.js';
import { ZIdRequest } from '../../../trpc/schemas.js';

/**
 * An object is shared by the agencies that supervise it: archiving takes it out of the
 * caller's directory while other agencies still supervise it; the last supervisor
 * archives the row itself (never deletes it — draws, checks and publications keep
 * pointing at it).
 */
export const archiveObjectRoute = abilityMutation.input(ZIdRequest).mutation(async ({ ctx, input }) => {
  const agencyId = requireAgency(ctx.actor);
  const row = found(await getObject(ctx.db, ctx.scope, canRead(ctx.ability, 'Object'), input.id), 'Object');
  assertCan(ctx.ability, 'archive', subjectOf('Object', row));
  if (row.archivedAt) throw new DomainError('conflict', '该检查对象已归档', { reason: 'already_archived' });
  const others = row.supervisingAgencyIds.filter((id) => id !== agencyId);
  // The last supervisor keeps its link, so the archived row still shows in its directory (filter: includeArchived).
  if (others.length > 0) await removeSupervision(ctx.db, ctx.scope, row.id, agencyId);
  else await archiveObject(ctx.db, ctx.scope, row.id, ctx.now());
  await ctx.audit.record({
    action: others.length === 0 ? 'object.archive' : 'object.unsupervise',
    subjectKind: 'object',
    subjectId: row.id,
    before: { supervisingAgencyIds: row.supervisingAgencyIds, archivedAt: null },
    after: { supervisingAgencyIds: others, archivedAt: others.length === 0 ? ctx.now() : null },
  });
  return { archived: others.length === 0 };
});
