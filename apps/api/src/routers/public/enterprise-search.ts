import { regionExists, searchEnterprises } from '@liancha/db';
import { DomainError } from '@liancha/domain';
import { publicReadProcedure } from '../../trpc/init.js';
import { ZEnterpriseSearchRequest } from './enterprise-record.schema.js';

/**
 * 企业信用公示 search (no login): enterprises of the region by a name fragment or a USCC prefix, in
 * USCC order, a keyset page; `next` is the cursor of the following page. A name and a USCC are on
 * every business licence and in every published draw's pool: nothing else of the registry shows.
 */
export const enterpriseSearchRoute = publicReadProcedure.input(ZEnterpriseSearchRequest).query(async ({ ctx, input }) => {
  if (!(await regionExists(ctx.db, input.regionCode))) throw new DomainError('not_found', `未找到行政区划 ${input.regionCode}`, { reason: 'region_not_found' });
  const rows = await searchEnterprises(ctx.db, { regionCode: input.regionCode }, { text: input.q, after: input.after ?? null, limit: input.limit + 1 });
  const page = rows.slice(0, input.limit);
  return { rows: page, next: rows.length > input.limit ? page[page.length - 1]!.uscc : null };
});
