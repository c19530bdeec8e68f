import { enterpriseDraws } from '@liancha/db';
import { poolStanding } from '../../draws/pool-standing.js';
import { enterpriseProcedure } from '../../trpc/init.js';

/**
 * Every published draw whose frozen pool named the enterprise: its stratum, its ticket (from the
 * seed), the stratum's cut-off (the highest ticket drawn; a smaller ticket wins) and whether it was
 * drawn, or why it was left out — each with the public page that verifies the draw.
 */
/** The newest draws an enterprise sees (a few a year in practice). */
const SHOWN = 50;

export const enterpriseDrawsRoute = enterpriseProcedure.query(async ({ ctx }) => {
  const { uscc } = ctx.self;
  const rows = await enterpriseDraws(ctx.db, ctx.scope, { uscc, limit: SHOWN + 1 });
  return {
    /** More draws named it than are shown: the newest SHOWN are. */
    more: rows.length > SHOWN,
    draws: rows.slice(0, SHOWN).map((row) => poolStanding(row, uscc)),
  };
});
