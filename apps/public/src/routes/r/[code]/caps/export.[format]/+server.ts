import { openDataResponse } from '@liancha/api-client/open-data';
import { CAP_LIST, capRows } from '$lib/open-data/caps';
import { must } from '$lib/server/api-errors';
import { formatParam, regionOf } from '$lib/server/open-data-files';
import { capsYearParam } from '$lib/server/caps-year';
import type { RequestHandler } from './$types';

/** The caps in force for the year the page shows (`?year=`), one row per line, as CSV or JSON. */
export const GET: RequestHandler = async ({ locals, params, url }) => {
  const format = formatParam(params.format);
  const region = await regionOf(locals.api, params.code);
  const year = capsYearParam(url);
  const caps = await must(locals.api.public.inspectionCaps.query({ regionCode: region.code, ...(year ? { year } : {}) }));
  return openDataResponse({
    list: CAP_LIST,
    format,
    filename: `${CAP_LIST.title}-${region.name}-${caps.year}`,
    asciiName: `${CAP_LIST.slug}-${region.code}-${caps.year}`,
    about: {
      region: { code: region.code, name: region.name },
      source: `${url.origin}/r/${region.code}/caps?year=${caps.year}`,
      year: caps.year,
      madeOn: region.today,
    },
    // One agency's caps are a few dozen lines: the year is one call.
    pages: async function* () {
      yield capRows(caps.versions);
    },
    cacheControl: 'public, max-age=300',
  });
};
