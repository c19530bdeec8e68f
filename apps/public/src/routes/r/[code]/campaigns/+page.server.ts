import { must } from '$lib/server/api-errors';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 20;

/** A region's published 专项检查 (and those closed since), by the start of their window; `q` finds by name. */
export const load: PageServerLoad = async ({ locals, params, url }) => {
  const page = Math.max(1, Number.parseInt(url.searchParams.get('page') ?? '1', 10) || 1);
  const q = (url.searchParams.get('q') ?? '').trim().slice(0, 100);
  const result = await must(
    locals.api.campaigns.publicList.query({
      regionCode: params.code,
      page,
      pageSize: PAGE_SIZE,
      sort: { field: 'windowFrom', direction: 'desc' },
      filter: q ? { search: q } : {},
    }),
  );
  return { result, q };
};
