import { listAuditAnchors, regionExists } from '@liancha/db';
import { DomainError } from '@liancha/domain';
import { publicReadProcedure } from '../../trpc/init.js';
import { ZAuditAnchorsRequest } from './audit-anchors.schema.js';

/**
 * The heads of a region's audit chain published so far (no login), newest first, so that anyone
 * can keep a copy and later see that none was removed or changed (docs/audit-anchoring.md).
 */
export const auditAnchorsRoute = publicReadProcedure.input(ZAuditAnchorsRequest).query(async ({ ctx, input }) => {
  if (!(await regionExists(ctx.db, input.regionCode))) throw new DomainError('not_found', `未找到行政区划 ${input.regionCode}`, { reason: 'region_not_found' });
  const rows = await listAuditAnchors(ctx.db, input.regionCode, { limit: input.limit + 1, beforeId: input.before });
  const page = rows.slice(0, input.limit);
  return {
    rows: page.map((a) => ({
      id: a.id,
      position: a.position,
      hash: a.headHash,
      anchoredAt: a.anchoredAt,
      anchoredOn: a.anchoredOn,
      reason: a.reason,
      publicationId: a.publicationId,
    })),
    next: rows.length > input.limit ? page[page.length - 1]!.id : null,
  };
});
