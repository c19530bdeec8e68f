import { must } from '@liancha/api-client/sveltekit';
import { FOLLOW_UP_STATUSES, isOneOf } from '@liancha/domain/vocabulary';
import { param } from '$lib/server/list-params';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const status = param(event.url, 'status');
  const page = Math.max(1, Number(param(event.url, 'page')) || 1);
  const result = await must(
    event,
    event.locals.api.followUps.list.query({
      page,
      pageSize: 50,
      sort: { field: 'createdAt', direction: 'desc' },
      filter: { status: isOneOf(FOLLOW_UP_STATUSES, status) ? status : undefined, overdueOnly: event.url.searchParams.get('overdue') === '1' || undefined },
    }),
  );
  return { result, query: { status: status ?? '', overdue: event.url.searchParams.get('overdue') === '1' } };
};
