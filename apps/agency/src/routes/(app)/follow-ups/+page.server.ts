import { must } from '@liancha/api-client/sveltekit';
import { FOLLOW_UP_STATUSES } from '@liancha/domain/vocabulary';
import { statusOverdueParams } from '$lib/server/list-params';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { page, status, overdue, query } = statusOverdueParams(event.url, FOLLOW_UP_STATUSES);
  const result = await must(
    event,
    event.locals.api.followUps.list.query({
      page,
      pageSize: 50,
      sort: { field: 'createdAt', direction: 'desc' },
      filter: { status, overdueOnly: overdue || undefined },
    }),
  );
  return { result, query };
};
