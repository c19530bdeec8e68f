import { accessibleBy, defineAbilityFor, publicActor } from '@liancha/authz';
import { listPublications } from '@liancha/db';
import { publicReadProcedure } from '../../trpc/init.js';
import { ZListPublicationsRequest } from './publication.schema.js';

const PUBLIC_ABILITY = defineAbilityFor(publicActor);

/** The public portal's list of 公示 of one region (no login); payloads are fetched one at a time. */
export const listPublicationsRoute = publicReadProcedure
  .input(ZListPublicationsRequest)
  .query(({ ctx, input }) => listPublications(ctx.db, { regionCode: input.regionCode }, accessibleBy(PUBLIC_ABILITY, 'read', 'Publication'), input));
