import { complaintPage, ratingGroups, ratingRegion } from '@liancha/db';
import { ratingAggregateShown, RATING_MIN_GROUP } from '@liancha/domain';
import { z } from 'zod';
import { enforce } from '../../can/refusal.js';
import { readRatingsRefusal } from '../../enterprise/staff-access.js';
import { capYear } from '../../inspection-caps/cap-year.js';
import { abilityQuery } from '../../trpc/init.js';
import { ZId } from '../../trpc/schemas.js';

export const ZRatingsRequest = z.object({ year: z.number().int().min(2000, '年度无效').max(2100, '年度无效').optional() });

/**
 * The year's 检查评价 per agency and for the region, for the leadership group only; a group of
 * fewer than RATING_MIN_GROUP ratings shows its size and nothing else.
 */
export const ratingAggregatesRoute = abilityQuery.input(ZRatingsRequest).query(async ({ ctx, input }) => {
  enforce(readRatingsRefusal(ctx.actor));
  const { year } = capYear(ctx.now(), input.year);
  const groups = await ratingGroups(ctx.db, ctx.scope, year);
  const region = await ratingRegion(ctx.db, ctx.scope, year);
  const shown = (g: { ratings: number; conductAverage: number; burdenAverage: number; improper: number }) =>
    ratingAggregateShown(g.ratings)
      ? { ratings: g.ratings, shown: true as const, conductAverage: round(g.conductAverage), burdenAverage: round(g.burdenAverage), improper: g.improper }
      : { ratings: g.ratings, shown: false as const, conductAverage: null, burdenAverage: null, improper: null };
  return {
    year,
    minGroup: RATING_MIN_GROUP,
    // A joint check's rating counts for each of its agencies, and once for the region.
    region: shown(region),
    agencies: groups.map((g) => ({ agencyId: g.agencyId, agencyName: g.agencyName, ...shown(g) })),
  };
});

const round = (value: number) => Math.round(value * 100) / 100;

export const ZComplaintsRequest = z.object({
  limit: z.number().int().min(1).max(200).default(50),
  before: z.object({ createdAt: z.coerce.date(), id: ZId }).optional(),
});

/** The enterprises' complaints, newest first, for the leadership group only. */
export const complaintsRoute = abilityQuery.input(ZComplaintsRequest).query(async ({ ctx, input }) => {
  enforce(readRatingsRefusal(ctx.actor));
  const rows = await complaintPage(ctx.db, ctx.scope, { limit: input.limit, ...(input.before ? { before: input.before } : {}) });
  const last = rows.at(-1);
  return { rows, next: rows.length === input.limit && last ? { createdAt: last.createdAt, id: last.id } : null };
});
