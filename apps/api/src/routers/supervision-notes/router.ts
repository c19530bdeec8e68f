import { router } from '../../trpc/init.js';
import { closeNoteRoute } from './close-note.js';
import { createNoteRoute } from './create-note.js';
import { getNoteRoute } from './get-note.js';
import { listNotesRoute } from './list-notes.js';
import { respondNoteRoute } from './respond-note.js';

/** 督办单: issued and closed by the leadership group, answered by the addressed agency's office. */
export const supervisionNotesRouter = router({
  create: createNoteRoute,
  list: listNotesRoute,
  get: getNoteRoute,
  respond: respondNoteRoute,
  close: closeNoteRoute,
});
