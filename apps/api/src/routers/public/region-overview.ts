import { getRegionOverview } from '@liancha/db';
import { DomainError } from '@liancha/domain';
import { publicReadProcedure } from '../../trpc/init.js';
import { ZRegionOverviewRequest } from './region-overview.schema.js';

/** Public facts of a region (agencies, size of the object directory per sector); no login. */
export const regionOverviewRoute = publicReadProcedure.input(ZRegionOverviewRequest).query(async ({ ctx, input }) => {
  const overview = await getRegionOverview(ctx.db, { regionCode: input.regionCode });
  if (!overview) throw new DomainError('not_found', `未找到行政区划 ${input.regionCode}`, { reason: 'region_not_found' });
  return overview;
});
