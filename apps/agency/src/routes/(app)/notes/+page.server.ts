import { must } from '@liancha/api-client/sveltekit';
import { NOTE_STATUSES } from '@liancha/domain/vocabulary';
import { statusOverdueParams } from '$lib/server/list-params';
import type { PageServerLoad } from './$types';

/** 督办单 addressed to this agency by the leadership group (the API shows an office only its own). */
export const load: PageServerLoad = async (event) => {
  const { page, status, overdue, query } = statusOverdueParams(event.url, NOTE_STATUSES);
  const result = await must(event, event.locals.api.supervisionNotes.list.query({ page, pageSize: 50, filter: { status, overdue: overdue || undefined } }));
  return { result, query };
};
