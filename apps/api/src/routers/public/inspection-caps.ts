import { capsInForce } from '@liancha/db';
import { z } from 'zod';
import { capYear } from '../../inspection-caps/cap-year.js';
import { publicReadProcedure } from '../../trpc/init.js';
import { ZRegionCode } from './region-overview.schema.js';

export const ZPublicCapsRequest = z.object({ regionCode: ZRegionCode, year: z.number().int().min(2000, '年度无效').max(2100, '年度无效').optional() });

/** 公示: every agency's 年度检查频次上限 in force for the year, without login. */
export const publicInspectionCapsRoute = publicReadProcedure.input(ZPublicCapsRequest).query(async ({ ctx, input }) => {
  const { year } = capYear(ctx.now(), input.year);
  const versions = await capsInForce(ctx.db, { regionCode: input.regionCode }, { year });
  return { year, versions: versions.map(({ id: _id, ...v }) => v) };
});
