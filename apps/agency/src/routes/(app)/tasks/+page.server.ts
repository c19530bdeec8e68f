import { must } from '@liancha/api-client/sveltekit';
import { tasksQuery } from '$lib/server/list-queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { request, sort, query } = tasksQuery(event.url);
  const result = await must(event, event.locals.api.tasks.list.query(request));
  return { result, sort, query };
};
