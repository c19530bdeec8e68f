import { assertCan, subjectOf } from '@liancha/authz';
import { getTag, updateTag } from '@liancha/db';
import { abilityMutation } from '../../../trpc/init.js';
import { found } from '../../../trpc/access.js';
import { ZRenameTagRequest } from './tag.schema.js';

export const renameTagRoute = abilityMutation.input(ZRenameTagRequest).mutation(async ({ ctx, input }) => {
  const tag = found(await getTag(ctx.db, ctx.scope, input.id), 'Tag');
  assertCan(ctx.ability, 'update', subjectOf('Tag', tag));
  await updateTag(ctx.db, ctx.scope, tag.id, { name: input.name });
  await ctx.audit.record({ action: 'tag.rename', subjectKind: 'tag', subjectId: tag.id, before: { name: tag.name }, after: { name: input.name } });
  return { ok: true as const };
});
