import { must } from '@liancha/api-client/sveltekit';
import { campaignsQuery } from '$lib/server/list-queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { request, query } = campaignsQuery(event.url);
  const result = await must(event, event.locals.api.campaigns.list.query(request));
  return { result, query };
};
