import { accessibleBy, defineAbilityFor, publicActor } from '@liancha/authz';
import { listPublications } from '@liancha/db';
import { dateInShanghai } from '@liancha/domain';
import { publicReadProcedure } from '../../trpc/init.js';
import { ZListPublicationsRequest } from './publication.schema.js';

const PUBLIC_ABILITY = defineAbilityFor(publicActor);

/** The public portal's list of 公示 of one region (no login); payloads are fetched one at a time. */
export const listPublicationsRoute = publicReadProcedure.input(ZListPublicationsRequest).query(({ ctx, input }) =>
  listPublications(ctx.db, { regionCode: input.regionCode }, accessibleBy(PUBLIC_ABILITY, 'read', 'Publication'), {
    ...input,
    // Sanctions past their 公示截止期 leave the list and its search (their rows stay).
    filter: { ...input.filter, visibleOn: dateInShanghai(ctx.now()) },
  }),
);
