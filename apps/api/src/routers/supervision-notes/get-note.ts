import { getSupervisionNote } from '@liancha/db';
import { abilityQuery } from '../../trpc/init.js';
import { canRead, found } from '../../trpc/access.js';
import { ZGetNoteRequest } from './supervision-note.schema.js';

export const getNoteRoute = abilityQuery
  .input(ZGetNoteRequest)
  .query(async ({ ctx, input }) => found(await getSupervisionNote(ctx.db, ctx.scope, canRead(ctx.ability, 'SupervisionNote'), input.id), 'SupervisionNote'));
