import { must } from '@liancha/api-client/sveltekit';
import { agencyOptions } from '$lib/server/agencies';
import { idParam, pageParam } from '$lib/server/list-params';
import type { PageServerLoad } from './$types';

/** Results past their 20-working-day publication deadline, region-wide or for one agency. */
export const load: PageServerLoad = async (event) => {
  const agencyId = idParam(event.url, 'agency');
  const [result, agencies] = await Promise.all([
    must(event, event.locals.api.publications.overdue.query({ agencyId, page: pageParam(event.url), pageSize: 50 })),
    agencyOptions(event),
  ]);
  return { result, agencies, agencyId: agencyId ?? '' };
};
