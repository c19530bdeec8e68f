import { must } from '@liancha/api-client/sveltekit';
import { param } from '$lib/server/list-params';
import type { PageServerLoad } from './$types';

const STATUSES = ['draft', 'inviting', 'ready', 'frozen', 'drawn', 'in_progress', 'completed', 'cancelled'] as const;

export const load: PageServerLoad = async (event) => {
  const status = param(event.url, 'status');
  const year = Number(param(event.url, 'year')) || undefined;
  const tasks = await must(event, event.locals.api.tasks.list.query({ status: (STATUSES as readonly string[]).includes(status ?? '') ? (status as (typeof STATUSES)[number]) : undefined, year }));
  return { tasks, query: { status: status ?? '', year: year ? String(year) : '' } };
};
