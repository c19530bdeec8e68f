import { isOneOf } from '@liancha/domain/vocabulary';
import { MAJOR_HAZARD_STATES } from '$lib/labels';
import { idParam, param } from './list-params';

/** 重大事故隐患台账's filters from the URL, and the list request they make (the page and its export share it). */
export function majorHazardsQuery(url: URL) {
  const agencyId = idParam(url, 'agency');
  const status = param(url, 'status');
  const overdue = url.searchParams.get('overdue') === '1';
  const statuses = isOneOf(MAJOR_HAZARD_STATES, status) ? [status] : undefined;
  return {
    request: {
      sort: { field: 'listingDeadline' as const, direction: 'asc' as const },
      filter: { severity: 'major' as const, agencyId, statuses, overdueOnly: overdue || undefined, search: param(url, 'q') },
    },
    query: { agency: agencyId ?? '', status: statuses?.[0] ?? '', overdue, q: param(url, 'q') ?? '' },
  };
}
