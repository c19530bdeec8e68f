import { must } from '@liancha/api-client/sveltekit';
import { CASE_CHECK_STATUSES, type CaseCheckStatus } from '@liancha/domain/vocabulary';
import { agencyOptions } from '$lib/server/agencies';
import { idParam, pageParam, param } from '$lib/server/list-params';
import type { PageServerLoad } from './$types';

/** 个案检查 of the region: who inspected which enterprise for what, approved by whom (the rules since 2025). */
export const load: PageServerLoad = async (event) => {
  const agencyId = idParam(event.url, 'agency');
  const status = param(event.url, 'status');
  const statuses = CASE_CHECK_STATUSES.includes(status as CaseCheckStatus) ? [status as CaseCheckStatus] : undefined;
  const q = param(event.url, 'q');
  const [result, agencies] = await Promise.all([
    must(
      event,
      event.locals.api.caseChecks.list.query({
        page: pageParam(event.url),
        pageSize: 50,
        sort: { field: 'requestedAt', direction: 'desc' },
        filter: { agencyId, statuses, search: q },
      }),
    ),
    agencyOptions(event),
  ]);
  return { result, agencies, query: { agency: agencyId ?? '', status: statuses?.[0] ?? '', q: q ?? '' } };
};
