import { z } from 'zod';
import { ZRegionCode } from './region-overview.schema.js';

/** A page of a region's published audit-chain heads, newest first; `before` is the last id of the previous page. */
export const ZAuditAnchorsRequest = z.object({
  regionCode: ZRegionCode,
  limit: z.number().int('每页条数应为整数').min(1, '每页至少1条').max(500, '每页最多500条').default(50),
  before: z.number().int('翻页位置应为整数').positive('翻页位置应为正整数').optional(),
});

export const ZAuditCheckRequest = z.object({ regionCode: ZRegionCode });
