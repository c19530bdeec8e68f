import { listSupervisionNotes } from '@liancha/db';
import { dateInShanghai } from '@liancha/domain';
import { abilityQuery } from '../../trpc/init.js';
import { canRead } from '../../trpc/access.js';
import { ZListNotesRequest } from './supervision-note.schema.js';

/** The leadership sees the region's notes, an agency's office the notes addressed to it. */
export const listNotesRoute = abilityQuery
  .input(ZListNotesRequest)
  .query(({ ctx, input }) =>
    listSupervisionNotes(ctx.db, ctx.scope, canRead(ctx.ability, 'SupervisionNote'), {
      page: input.page,
      pageSize: input.pageSize,
      filter: {
        status: input.filter.status,
        toAgencyId: input.filter.toAgencyId,
        hazardId: input.filter.hazardId,
        overdueOn: input.filter.overdue ? dateInShanghai(ctx.now()) : undefined,
      },
    }),
  );
