import { must } from '@liancha/api-client/sveltekit';
import { agencyOptions } from '$lib/server/agencies';
import { idParam, pageParam } from '$lib/server/list-params';
import { yearChoices, yearParam } from '$lib/year';
import type { PageServerLoad } from './$types';

/** Checks per inspector in the year, busiest first, 50 a page: who carries the load, who is never sent. */
export const load: PageServerLoad = async (event) => {
  const year = yearParam(event.url);
  const agencyId = idParam(event.url, 'agency');
  const [load, agencies] = await Promise.all([
    must(event, event.locals.api.oversight.inspectorLoad.query({ year, agencyId, page: pageParam(event.url), pageSize: 50 })),
    agencyOptions(event),
  ]);
  return { year, years: yearChoices(year), load, agencies, agencyId: agencyId ?? '' };
};
