import { assertCan, subjectOf } from '@liancha/authz';
import { findTagByCode, insertTag } from '@liancha/db';
import { DomainError } from '@liancha/domain';
import { abilityMutation } from '../../../trpc/init.js';
import { ZCreateTagRequest } from './tag.schema.js';

export const createTagRoute = abilityMutation.input(ZCreateTagRequest).mutation(async ({ ctx, input }) => {
  assertCan(ctx.ability, 'create', subjectOf('Tag', { ...input, regionCode: ctx.scope.regionCode, archivedAt: null }));
  if (await findTagByCode(ctx.db, ctx.scope, input.dimension, input.code)) {
    throw new DomainError('conflict', `标签代码 ${input.code} 已存在`, { reason: 'duplicate_tag', issues: [{ field: 'code', message: '标签代码已存在' }] });
  }
  const id = await insertTag(ctx.db, ctx.scope, input);
  await ctx.audit.record({ action: 'tag.create', subjectKind: 'tag', subjectId: id, after: input });
  return { id };
});
