import { must } from '@liancha/api-client/sveltekit';
import { caseChecksQuery } from '$lib/server/list-queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { request, query } = caseChecksQuery(event.url);
  const result = await must(event, event.locals.api.caseChecks.list.query(request));
  return { result, query };
};
