import { must } from '@liancha/api-client/sveltekit';
import { agencyOptions } from '$lib/server/agencies';
import { majorHazardsQuery } from '$lib/server/hazard-query';
import { pageParam } from '$lib/server/list-params';
import type { PageServerLoad } from './$types';

/** 重大事故隐患台账, region-wide, read-only: the agencies do the work, the leadership follows it. */
export const load: PageServerLoad = async (event) => {
  const { request, query } = majorHazardsQuery(event.url);
  const [result, agencies] = await Promise.all([
    must(event, event.locals.api.hazards.list.query({ ...request, page: pageParam(event.url), pageSize: 50 })),
    agencyOptions(event),
  ]);
  return { result, agencies, query };
};
