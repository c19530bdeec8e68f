import { must } from '$lib/server/api-errors';
import { publicationQuery } from '$lib/server/publication-filters';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 20;

export const load: PageServerLoad = async ({ locals, params, url, parent }) => {
  const query = publicationQuery(url);
  const [result, { overview }] = await Promise.all([
    must(locals.api.publications.list.query({ regionCode: params.code, page: query.page, pageSize: PAGE_SIZE, filter: query.filter })),
    parent(),
  ]);
  return {
    result,
    values: query.values,
    notes: query.notes,
    filtered: Object.keys(query.filter).some((k) => k !== 'currentOnly'),
    agencies: overview.agencies.map((a) => ({ id: a.id, name: a.name })),
  };
};
