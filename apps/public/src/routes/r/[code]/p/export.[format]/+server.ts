import { openDataResponse } from '@liancha/api-client/open-data';
import { PUBLICATION_LIST } from '$lib/open-data/publications';
import { filterAbout, formatParam, publicationPages, regionOf } from '$lib/server/open-data-files';
import { publicationQuery } from '$lib/server/publication-filters';
import type { RequestHandler } from './$types';

/**
 * The publication list as CSV or JSON, filtered exactly as the page (the same URL parameters, the
 * same parsing), every matching row rather than one page, streamed by keyset pages of the API.
 */
export const GET: RequestHandler = async ({ locals, params, url }) => {
  const format = formatParam(params.format);
  const region = await regionOf(locals.api, params.code);
  const { filter } = publicationQuery(url);
  return openDataResponse({
    list: PUBLICATION_LIST,
    format,
    filename: `${PUBLICATION_LIST.title}-${region.name}-${region.today}`,
    asciiName: `${PUBLICATION_LIST.slug}-${region.code}-${region.today}`,
    about: {
      region: { code: region.code, name: region.name },
      source: `${url.origin}/r/${region.code}/p${url.search}`,
      filter: filterAbout(filter),
      madeOn: region.today,
    },
    pages: () => publicationPages(locals.api, region.code, filter),
    cacheControl: 'public, max-age=300',
  });
};
