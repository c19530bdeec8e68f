import { must } from '@liancha/api-client/sveltekit';
import { HAZARD_SEVERITIES, HAZARD_STATUSES, isOneOf } from '@liancha/domain/vocabulary';
import { listParams, param } from '$lib/server/list-params';
import type { PageServerLoad } from './$types';

const SORT = ['foundOn', 'createdAt', 'updatedAt', 'rectificationDeadline', 'listingDeadline', 'status'] as const;

export const load: PageServerLoad = async (event) => {
  const { url } = event;
  const list = listParams(url, SORT, 'foundOn');
  if (!url.searchParams.get('sort')) list.sort.direction = 'desc';
  const severity = param(url, 'severity');
  const status = param(url, 'status');
  const result = await must(
    event,
    event.locals.api.hazards.list.query({
      ...list,
      filter: {
        search: param(url, 'q'),
        severity: isOneOf(HAZARD_SEVERITIES, severity) ? severity : undefined,
        statuses: isOneOf(HAZARD_STATUSES, status) ? [status] : undefined,
        overdueOnly: url.searchParams.get('overdue') === '1' || undefined,
      },
    }),
  );
  return {
    result,
    sort: list.sort,
    query: { q: param(url, 'q') ?? '', severity: severity ?? '', status: status ?? '', overdue: url.searchParams.get('overdue') === '1' },
  };
};
