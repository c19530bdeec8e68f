import { must } from '$lib/server/api-errors';
import { capsYearParam } from '$lib/server/caps-year';
import type { PageServerLoad } from './$types';

/** 公示: each agency's 年度检查频次上限 in force for the year (server-rendered; no JavaScript needed). */
export const load: PageServerLoad = async ({ locals, params, url }) => {
  const year = capsYearParam(url);
  const caps = await must(locals.api.public.inspectionCaps.query({ regionCode: params.code, ...(year ? { year } : {}) }));
  return { caps };
};
