import { getSupervisionNote, updateSupervisionNote } from '@liancha/db';
import { DomainError } from '@liancha/domain';
import { assertRespondNote, responsePatch } from '../../oversight/note-steps.js';
import { abilityMutation } from '../../trpc/init.js';
import { canRead, found } from '../../trpc/access.js';
import { ZRespondNoteRequest } from './supervision-note.schema.js';

/** The addressed agency's office answers (and may amend its answer until the note is closed). */
export const respondNoteRoute = abilityMutation.input(ZRespondNoteRequest).mutation(async ({ ctx, input }) => {
  const before = found(await getSupervisionNote(ctx.db, ctx.scope, canRead(ctx.ability, 'SupervisionNote'), input.id), 'SupervisionNote');
  const now = ctx.now();
  const patch = responsePatch(ctx.actor.userId, now, input.response);
  assertRespondNote(ctx.ability, before, ctx.actor.userId, now);
  if (!(await updateSupervisionNote(ctx.db, ctx.scope, before.id, before.status, patch))) {
    throw new DomainError('conflict', '督办单状态刚刚已变化，请刷新后重试', { reason: 'note_changed' });
  }
  await ctx.audit.record({
    action: 'supervisionNote.respond',
    subjectKind: 'supervisionNote',
    subjectId: before.id,
    before: { status: before.status, response: before.response },
    after: { status: 'responded', response: input.response },
  });
  return { status: 'responded' as const, respondedAt: now };
});
