import { assertCan, subjectOf } from '@liancha/authz';
import { getTag, updateTag } from '@liancha/db';
import { abilityMutation } from '../../../trpc/init.js';
import { found } from '../../../trpc/access.js';
import { ZIdRequest } from '../../../trpc/schemas.js';

/** A retired tag stays on the rows that carry it; it is only hidden from new choices. */
export const archiveTagRoute = abilityMutation.input(ZIdRequest).mutation(async ({ ctx, input }) => {
  const tag = found(await getTag(ctx.db, ctx.scope, input.id), 'Tag');
  assertCan(ctx.ability, 'archive', subjectOf('Tag', tag));
  await updateTag(ctx.db, ctx.scope, tag.id, { archivedAt: ctx.now() });
  await ctx.audit.record({ action: 'tag.archive', subjectKind: 'tag', subjectId: tag.id, after: { archivedAt: ctx.now() } });
  return { ok: true as const };
});
