import { capVersionHistory } from '@liancha/db';
import { abilityQuery } from '../../trpc/init.js';
import { agencyInRegion } from '../../inspection-caps/agency-in-region.js';
import { ZCapHistoryRequest } from './inspection-cap.schema.js';

/** Every version an agency published for a year, newest first: the caps are public, their history too. */
export const capHistoryRoute = abilityQuery.input(ZCapHistoryRequest).query(async ({ ctx, input }) => {
  const agency = await agencyInRegion(ctx.db, ctx.scope, input.agencyId);
  return { agency, year: input.year, versions: await capVersionHistory(ctx.db, ctx.scope, { agencyId: agency.id, year: input.year }) };
});
