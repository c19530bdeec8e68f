import { must } from '@liancha/api-client/sveltekit';
import { param } from '$lib/server/list-params';
import { isOneOf, SANCTION_STATUSES } from '@liancha/domain/vocabulary';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const status = param(event.url, 'status');
  const page = Math.max(1, Number(param(event.url, 'page')) || 1);
  const result = await must(
    event,
    event.locals.api.sanctions.list.query({
      page,
      pageSize: 50,
      sort: { field: 'decidedOn', direction: 'desc' },
      filter: { search: param(event.url, 'q'), statuses: isOneOf(SANCTION_STATUSES, status) ? [status] : undefined },
    }),
  );
  return { result, query: { q: param(event.url, 'q') ?? '', status: status ?? '' } };
};
