import { getSanction } from '@liancha/db';
import { presentSanction } from '../../sanctions/present-sanction.js';
import { abilityQuery } from '../../trpc/init.js';
import { canRead, found } from '../../trpc/access.js';
import { ZIdRequest } from '../../trpc/schemas.js';

export const getSanctionRoute = abilityQuery
  .input(ZIdRequest)
  .query(async ({ ctx, input }) => presentSanction(found(await getSanction(ctx.db, ctx.scope, canRead(ctx.ability, 'Sanction'), input.id), 'Sanction')));
