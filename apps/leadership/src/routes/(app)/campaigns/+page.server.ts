import { must } from '@liancha/api-client/sveltekit';
import { CAMPAIGN_STATUSES, type CampaignStatus } from '@liancha/domain/vocabulary';
import { agencyOptions } from '$lib/server/agencies';
import { idParam, pageParam, param } from '$lib/server/list-params';
import type { PageServerLoad } from './$types';

/** 专项检查 of every agency of the region: the plans waiting for approval or 备案 first when filtered by state. */
export const load: PageServerLoad = async (event) => {
  const agencyId = idParam(event.url, 'agency');
  const status = param(event.url, 'status');
  const statuses = CAMPAIGN_STATUSES.includes(status as CampaignStatus) ? [status as CampaignStatus] : undefined;
  const q = param(event.url, 'q');
  const [result, agencies] = await Promise.all([
    must(
      event,
      event.locals.api.campaigns.list.query({
        page: pageParam(event.url),
        pageSize: 50,
        sort: { field: 'createdAt', direction: 'desc' },
        filter: { agencyId, statuses, search: q },
      }),
    ),
    agencyOptions(event),
  ]);
  return { result, agencies, query: { agency: agencyId ?? '', status: statuses?.[0] ?? '', q: q ?? '' } };
};
