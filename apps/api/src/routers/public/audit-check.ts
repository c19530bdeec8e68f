import { regionExists } from '@liancha/db';
import { DomainError } from '@liancha/domain';
import { publicChainCheck } from '../../audit/public-check.js';
import { publicReadProcedure } from '../../trpc/init.js';
import { ZAuditCheckRequest } from './audit-anchors.schema.js';

/** Whether the region's audit chain still reaches and matches every published head (no login; at most one walk per ten minutes). */
export const auditCheckRoute = publicReadProcedure.input(ZAuditCheckRequest).query(async ({ ctx, input }) => {
  if (!(await regionExists(ctx.db, input.regionCode))) throw new DomainError('not_found', `未找到行政区划 ${input.regionCode}`, { reason: 'region_not_found' });
  return publicChainCheck(ctx.db, input.regionCode, ctx.now());
});
