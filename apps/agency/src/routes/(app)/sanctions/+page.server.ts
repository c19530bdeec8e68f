import { must } from '@liancha/api-client/sveltekit';
import { sanctionsQuery } from '$lib/server/list-queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { request, query } = sanctionsQuery(event.url);
  const result = await must(event, event.locals.api.sanctions.list.query(request));
  return { result, query };
};
