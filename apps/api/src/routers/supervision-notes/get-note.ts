import { getSupervisionNote } from '@liancha/db';
import { noteNextStep } from '@liancha/domain';
import { noteCan } from '../../oversight/note-steps.js';
import { abilityQuery } from '../../trpc/init.js';
import { canRead, found } from '../../trpc/access.js';
import { ZGetNoteRequest } from './supervision-note.schema.js';

/** One 督办单, with what the caller may do with it now (answer it, close it). */
export const getNoteRoute = abilityQuery.input(ZGetNoteRequest).query(async ({ ctx, input }) => {
  const note = found(await getSupervisionNote(ctx.db, ctx.scope, canRead(ctx.ability, 'SupervisionNote'), input.id), 'SupervisionNote');
  return { ...note, can: noteCan(ctx.ability, note, ctx.actor.userId, ctx.now()), next: noteNextStep(note) };
});
