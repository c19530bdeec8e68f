import { must } from '@liancha/api-client/sveltekit';
import { SANCTION_STATUSES } from '@liancha/domain/vocabulary';
import { codeParam, newestFirst, param } from '$lib/server/list-params';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { url } = event;
  const status = codeParam(url, 'status', SANCTION_STATUSES);
  const result = await must(
    event,
    event.locals.api.sanctions.list.query({ ...newestFirst(url, 'decidedOn'), filter: { search: param(url, 'q'), statuses: status ? [status] : undefined } }),
  );
  return { result, query: { q: param(url, 'q') ?? '', status: status ?? '' } };
};
