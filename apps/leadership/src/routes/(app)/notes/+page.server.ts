import { must } from '@liancha/api-client/sveltekit';
import { dateInShanghai } from '@liancha/domain';
import { agencyOptions } from '$lib/server/agencies';
import { idParam, pageParam, param } from '$lib/server/list-params';
import type { PageServerLoad } from './$types';

const STATUSES = ['open', 'responded', 'closed'] as const;
type Status = (typeof STATUSES)[number];

/** The region's 督办单, newest first, with each agency's answer. */
export const load: PageServerLoad = async (event) => {
  const { url } = event;
  const status = param(url, 'status');
  const toAgencyId = idParam(url, 'agency');
  const overdue = url.searchParams.get('overdue') === '1';
  const filter = {
    status: status && (STATUSES as readonly string[]).includes(status) ? (status as Status) : undefined,
    toAgencyId,
    overdue: overdue || undefined,
  };
  const [result, agencies] = await Promise.all([
    must(event, event.locals.api.supervisionNotes.list.query({ page: pageParam(url), pageSize: 50, filter })),
    agencyOptions(event),
  ]);
  return { result, agencies, today: dateInShanghai(new Date()), query: { status: filter.status ?? '', agency: toAgencyId ?? '', overdue } };
};
