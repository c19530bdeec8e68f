import { listSanctions } from '@liancha/db';
import { presentSanction } from '../../sanctions/present-sanction.js';
import { abilityQuery } from '../../trpc/init.js';
import { canRead } from '../../trpc/access.js';
import { ZListSanctionsRequest } from './sanction.schema.js';

export const listSanctionsRoute = abilityQuery.input(ZListSanctionsRequest).query(async ({ ctx, input }) => {
  const page = await listSanctions(ctx.db, ctx.scope, canRead(ctx.ability, 'Sanction'), input);
  return { ...page, rows: page.rows.map(presentSanction) };
});
