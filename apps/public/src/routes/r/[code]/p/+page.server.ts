import { maybe, must } from '$lib/server/api-errors';
import { publicationQuery } from '$lib/server/publication-filters';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 20;

export const load: PageServerLoad = async ({ locals, params, url }) => {
  const query = publicationQuery(url);
  const list = locals.api.publications.list;
  const [result, recent] = await Promise.all([
    must(list.query({ regionCode: params.code, page: query.page, pageSize: PAGE_SIZE, filter: query.filter })),
    // The public API names agencies by id only on publications: the agencies that have published recently fill the filter.
    maybe(list.query({ regionCode: params.code, pageSize: 200, filter: {} })),
  ]);
  const agencies = new Map<string, string>();
  for (const row of recent.ok ? recent.value.rows : []) agencies.set(row.agencyId, row.agencyName);
  for (const row of result.rows) agencies.set(row.agencyId, row.agencyName);
  return {
    result,
    values: query.values,
    notes: query.notes,
    filtered: Object.keys(query.filter).some((k) => k !== 'currentOnly'),
    agencies: [...agencies].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')),
  };
};
