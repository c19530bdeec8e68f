import { must } from '@liancha/api-client/sveltekit';
import { isOneOf, TASK_STATUSES } from '@liancha/domain/vocabulary';
import { param } from '$lib/server/list-params';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const status = param(event.url, 'status');
  const year = Number(param(event.url, 'year')) || undefined;
  const tasks = await must(event, event.locals.api.tasks.list.query({ status: isOneOf(TASK_STATUSES, status) ? status : undefined, year }));
  return { tasks, query: { status: status ?? '', year: year ? String(year) : '' } };
};
