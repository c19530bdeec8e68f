import { must } from '@liancha/api-client/sveltekit';
import { FOLLOW_UP_STATUSES } from '@liancha/domain/vocabulary';
import { newestFirst, statusOverdueParams } from '$lib/server/list-params';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { status, overdue, query } = statusOverdueParams(event.url, FOLLOW_UP_STATUSES);
  const result = await must(
    event,
    event.locals.api.followUps.list.query({ ...newestFirst(event.url, 'createdAt'), filter: { status, overdueOnly: overdue || undefined } }),
  );
  return { result, query };
};
