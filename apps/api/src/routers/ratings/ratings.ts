import { complaintPage, ratingGroups } from '@liancha/db';
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
  const shown = (g: { ratings: number; conductAverage: number; burdenAverage: number; improper: number }) =>
    ratingAggregateShown(g.ratings)
      ? { ratings: g.ratings, shown: true as const, conductAverage: round(g.conductAverage), burdenAverage: round(g.burdenAverage), improper: g.improper }
      : { ratings: g.ratings, shown: false as const, conductAverage: null, burdenAverage: null, improper: null };
  const total = groups.reduce((n, g) => n + g.ratings, 0);
  const sum = (f: (g: (typeof groups)[number]) => number) => groups.reduce((n, g) => n + f(g) * g.ratings, 0) / (total || 1);
  return {
    year,
    minGroup: RATING_MIN_GROUP,
    // Each rating counts once per inspecting agency: the region's line sums the agencies' groups.
    region: shown({
      ratings: total,
      conductAverage: sum((g) => g.conductAverage),
      burdenAverage: sum((g) => g.burdenAverage),
      improper: groups.reduce((n, g) => n + g.improper, 0),
    }),
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
