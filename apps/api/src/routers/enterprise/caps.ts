import { getObject, EVERY_ROW } from '@liancha/db';
import { found } from '../../trpc/access.js';
import { capYear } from '../../inspection-caps/cap-year.js';
import { ledgerOfEnterprise } from '../../inspection-caps/enterprise-ledger.js';
import { enterpriseProcedure } from '../../trpc/init.js';

/** The enterprise's own 年度检查频次 ledger: each agency's cap for its class and how many checks count against it this year. */
export const enterpriseCapsRoute = enterpriseProcedure.query(async ({ ctx }) => {
  const object = found(await getObject(ctx.db, ctx.scope, EVERY_ROW, ctx.self.objectId), 'Object');
  const { year, today } = capYear(ctx.now(), undefined);
  return ledgerOfEnterprise(ctx, object, { year, today, viewerAgencyId: null });
});
