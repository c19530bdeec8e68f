import { getSanction } from '@liancha/db';
import { sanctionNextStep } from '@liancha/domain';
import { presentSanction } from '../../sanctions/present-sanction.js';
import { sanctionCan } from '../../sanctions/sanction-permissions.js';
import { abilityQuery } from '../../trpc/init.js';
import { canRead, found } from '../../trpc/access.js';
import { ZIdRequest } from '../../trpc/schemas.js';

/** One decision, with the steps the caller may take on it now (`can`, decided as the step mutations decide). */
export const getSanctionRoute = abilityQuery.input(ZIdRequest).query(async ({ ctx, input }) => {
  const row = found(await getSanction(ctx.db, ctx.scope, canRead(ctx.ability, 'Sanction'), input.id), 'Sanction');
  return { ...presentSanction(row), can: sanctionCan(ctx.ability, row), next: sanctionNextStep(row.status) };
});
