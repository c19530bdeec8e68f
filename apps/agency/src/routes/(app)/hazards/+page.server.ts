import { must } from '@liancha/api-client/sveltekit';
import { HAZARD_SEVERITIES, HAZARD_STATUSES } from '@liancha/domain/vocabulary';
import { codeParam, flagParam, listParams, param } from '$lib/server/list-params';
import type { PageServerLoad } from './$types';

const SORT = ['foundOn', 'createdAt', 'updatedAt', 'rectificationDeadline', 'listingDeadline', 'status'] as const;

export const load: PageServerLoad = async (event) => {
  const { url } = event;
  const list = listParams(url, SORT, 'foundOn');
  if (!url.searchParams.get('sort')) list.sort.direction = 'desc';
  const severity = codeParam(url, 'severity', HAZARD_SEVERITIES);
  const status = codeParam(url, 'status', HAZARD_STATUSES);
  const overdue = flagParam(url, 'overdue');
  const result = await must(
    event,
    event.locals.api.hazards.list.query({
      ...list,
      filter: { search: param(url, 'q'), severity, statuses: status ? [status] : undefined, overdueOnly: overdue || undefined },
    }),
  );
  return { result, sort: list.sort, query: { q: param(url, 'q') ?? '', severity: severity ?? '', status: status ?? '', overdue } };
};
