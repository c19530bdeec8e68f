import { assertRespondNote, responsePatch } from '../../oversight/note-steps.js';
import { notify } from '../../notifications/notify.js';
import { abilityMutation } from '../../trpc/init.js';
import { ZRespondNoteRequest } from './supervision-note.schema.js';
import { stepNote } from './step-note.js';

/** The addressed agency's office answers (and may amend its answer until the note is closed). */
export const respondNoteRoute = abilityMutation.input(ZRespondNoteRequest).mutation(async ({ ctx, input }) => {
  const now = ctx.now();
  const note = await stepNote(ctx, input.id, {
    verb: 'respond',
    assert: (note) => assertRespondNote(ctx.ability, note, ctx.actor.userId, now),
    patch: responsePatch(ctx.actor.userId, now, input.response),
    audit: (note) => ({ before: { status: note.status, response: note.response }, after: { status: 'responded', response: input.response } }),
  });
  // The leadership member who wrote the note hears of the answer (in the leadership portal).
  await notify(
    ctx,
    { userIds: [note.createdBy] },
    { kind: 'note_answered', title: `${note.toAgencyName}已答复督办单：${note.subject}`, link: `/notes/${note.id}` },
  );
  return { status: 'responded' as const, respondedAt: now };
});
