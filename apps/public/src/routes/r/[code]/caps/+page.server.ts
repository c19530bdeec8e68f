import { must } from '$lib/server/api-errors';
import type { PageServerLoad } from './$types';

/** The year asked for (`?year=2026`), else the API's current year. */
function yearParam(url: URL): number | undefined {
  const asked = Number.parseInt(url.searchParams.get('year') ?? '', 10);
  return Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : undefined;
}

/** 公示: each agency's 年度检查频次上限 in force for the year (server-rendered; no JavaScript needed). */
export const load: PageServerLoad = async ({ locals, params, url }) => {
  const year = yearParam(url);
  const caps = await must(locals.api.public.inspectionCaps.query({ regionCode: params.code, ...(year ? { year } : {}) }));
  return { caps };
};
