import { must } from '@liancha/api-client/sveltekit';
import { FOLLOW_UP_STATUSES } from '@liancha/domain/vocabulary';
import { codeParam, flagParam, newestFirst } from '$lib/server/list-params';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { url } = event;
  const status = codeParam(url, 'status', FOLLOW_UP_STATUSES);
  const overdue = flagParam(url, 'overdue');
  const result = await must(
    event,
    event.locals.api.followUps.list.query({ ...newestFirst(url, 'createdAt'), filter: { status, overdueOnly: overdue || undefined } }),
  );
  return { result, query: { status: status ?? '', overdue } };
};
