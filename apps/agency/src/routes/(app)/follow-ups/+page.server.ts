import { must } from '@liancha/api-client/sveltekit';
import { followUpsQuery } from '$lib/server/list-queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { request, query } = followUpsQuery(event.url);
  const result = await must(event, event.locals.api.followUps.list.query(request));
  return { result, query };
};
