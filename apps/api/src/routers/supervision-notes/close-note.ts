import { assertCloseNote } from '../../oversight/note-steps.js';
import { abilityMutation } from '../../trpc/init.js';
import { ZCloseNoteRequest } from './supervision-note.schema.js';
import { stepNote } from './step-note.js';

/** The leadership group closes (办结) a note, answered or not; a closed note stays as it is. */
export const closeNoteRoute = abilityMutation.input(ZCloseNoteRequest).mutation(async ({ ctx, input }) => {
  await stepNote(ctx, input.id, {
    verb: 'close',
    assert: (note) => assertCloseNote(ctx.ability, note),
    patch: { status: 'closed', closedBy: ctx.actor.userId, closedAt: ctx.now(), closeRemark: input.remark || null },
    audit: (note) => ({ before: { status: note.status }, after: { status: 'closed', ...(input.remark ? { remark: input.remark } : {}) } }),
  });
  return { status: 'closed' as const };
});
