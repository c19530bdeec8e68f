import { must } from '@liancha/api-client/sveltekit';
import { NOTE_STATUSES } from '@liancha/domain/vocabulary';
import { codeParam, flagParam, pageParam } from '$lib/server/list-params';
import type { PageServerLoad } from './$types';

/** 督办单 addressed to this agency by the leadership group (the API shows an office only its own). */
export const load: PageServerLoad = async (event) => {
  const { url } = event;
  const status = codeParam(url, 'status', NOTE_STATUSES);
  const overdue = flagParam(url, 'overdue');
  const result = await must(
    event,
    event.locals.api.supervisionNotes.list.query({ page: pageParam(url), pageSize: 50, filter: { status, overdue: overdue || undefined } }),
  );
  return { result, query: { status: status ?? '', overdue } };
};
