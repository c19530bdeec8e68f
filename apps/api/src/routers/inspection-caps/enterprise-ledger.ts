import { capYear } from '../../inspection-caps/cap-year.js';
import { enterpriseLedgerView } from '../../inspection-caps/enterprise-ledger.js';
import { abilityQuery } from '../../trpc/init.js';
import { ZLedgerRequest } from './inspection-cap.schema.js';

/** One enterprise's checks of the year by every agency and kind, against each agency's cap, with today's warnings. */
export const enterpriseLedgerRoute = abilityQuery.input(ZLedgerRequest).query(async ({ ctx, input }) => {
  const { year, today } = capYear(ctx.now(), input.year);
  return enterpriseLedgerView(ctx, { objectId: input.objectId, year, today });
});
