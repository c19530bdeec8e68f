import { getSupervisionNote, updateSupervisionNote } from '@liancha/db';
import { DomainError } from '@liancha/domain';
import { assertCloseNote } from '../../oversight/note-steps.js';
import { abilityMutation } from '../../trpc/init.js';
import { canRead, found } from '../../trpc/access.js';
import { ZCloseNoteRequest } from './supervision-note.schema.js';

/** The leadership group closes (办结) a note, answered or not; a closed note stays as it is. */
export const closeNoteRoute = abilityMutation.input(ZCloseNoteRequest).mutation(async ({ ctx, input }) => {
  const before = found(await getSupervisionNote(ctx.db, ctx.scope, canRead(ctx.ability, 'SupervisionNote'), input.id), 'SupervisionNote');
  assertCloseNote(ctx.ability, before);
  const patch = { status: 'closed' as const, closedBy: ctx.actor.userId, closedAt: ctx.now(), closeRemark: input.remark || null };
  if (!(await updateSupervisionNote(ctx.db, ctx.scope, before.id, before.status, patch))) {
    throw new DomainError('conflict', '督办单状态刚刚已变化，请刷新后重试', { reason: 'note_changed' });
  }
  await ctx.audit.record({
    action: 'supervisionNote.close',
    subjectKind: 'supervisionNote',
    subjectId: before.id,
    before: { status: before.status },
    after: { status: 'closed', ...(input.remark ? { remark: input.remark } : {}) },
  });
  return { status: 'closed' as const };
});
