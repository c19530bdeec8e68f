import { must } from '@liancha/api-client/sveltekit';
import { agencyOptions } from '$lib/server/agencies';
import { idParam, pageParam, param } from '$lib/server/list-params';
import { isOneOf } from '@liancha/domain/vocabulary';
import { MAJOR_HAZARD_STATES } from '$lib/labels';
import type { PageServerLoad } from './$types';

/** 重大事故隐患台账, region-wide, read-only: the agencies do the work, the leadership follows it. */
export const load: PageServerLoad = async (event) => {
  const { url } = event;
  const agencyId = idParam(url, 'agency');
  const status = param(url, 'status');
  const overdue = url.searchParams.get('overdue') === '1';
  const statuses = isOneOf(MAJOR_HAZARD_STATES, status) ? [status] : undefined;
  const [result, agencies] = await Promise.all([
    must(
      event,
      event.locals.api.hazards.list.query({
        page: pageParam(url),
        pageSize: 50,
        sort: { field: 'listingDeadline', direction: 'asc' },
        filter: { severity: 'major', agencyId, statuses, overdueOnly: overdue || undefined, search: param(url, 'q') },
      }),
    ),
    agencyOptions(event),
  ]);
  return { result, agencies, query: { agency: agencyId ?? '', status: statuses?.[0] ?? '', overdue, q: param(url, 'q') ?? '' } };
};
