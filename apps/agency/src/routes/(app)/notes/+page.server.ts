import { must } from '@liancha/api-client/sveltekit';
import { isOneOf, NOTE_STATUSES } from '@liancha/domain/vocabulary';
import { param } from '$lib/server/list-params';
import type { PageServerLoad } from './$types';

/** 督办单 addressed to this agency by the leadership group (the API shows an office only its own). */
export const load: PageServerLoad = async (event) => {
  const status = param(event.url, 'status');
  const overdue = param(event.url, 'overdue') === '1';
  const page = Math.max(1, Number(param(event.url, 'page')) || 1);
  const result = await must(
    event,
    event.locals.api.supervisionNotes.list.query({
      page,
      pageSize: 50,
      filter: { status: isOneOf(NOTE_STATUSES, status) ? status : undefined, overdue: overdue || undefined },
    }),
  );
  return { result, query: { status: status ?? '', overdue } };
};
