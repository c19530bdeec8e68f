import { must } from '@liancha/api-client/sveltekit';
import { hazardsQuery } from '$lib/server/list-queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { request, sort, query } = hazardsQuery(event.url);
  const result = await must(event, event.locals.api.hazards.list.query(request));
  return { result, sort, query };
};
