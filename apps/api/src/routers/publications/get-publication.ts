import { accessibleBy, defineAbilityFor, notFound, publicActor } from '@liancha/authz';
import { getPublication } from '@liancha/db';
import { publicProcedure } from '../../trpc/init.js';
import { ZGetPublicationRequest } from './publication.schema.js';

const PUBLIC_ABILITY = defineAbilityFor(publicActor);

/** One 公示 with its payload (no login). Who published it stays internal: the agency is what is public. */
export const getPublicationRoute = publicProcedure.input(ZGetPublicationRequest).query(async ({ ctx, input }) => {
  const row = await getPublication(ctx.db, { regionCode: input.regionCode }, accessibleBy(PUBLIC_ABILITY, 'read', 'Publication'), input.id);
  if (!row) throw notFound('Publication');
  const { publishedBy: _publishedBy, ...visible } = row;
  return visible;
});
