import { error } from '@sveltejs/kit';
import { openDataResponse } from '@liancha/api-client/open-data';
import { PUBLICATION_LIST } from '$lib/open-data/publications';
import { formatParam, publicationPages, regionOf } from '$lib/server/open-data-files';
import type { RequestHandler } from './$types';

/**
 * Bulk file: every publication of the region published in a (Beijing) year, corrected versions
 * included (each row says what corrected it), in the list's columns, by keyset pages.
 */
export const GET: RequestHandler = async ({ locals, params, url }) => {
  const format = formatParam(params.format);
  if (!/^\d{4}$/.test(params.year) || Number(params.year) < 2000 || Number(params.year) > 2100) error(404, '年度应为四位数字');
  const region = await regionOf(locals.api, params.code);
  const filter = { publishedFrom: `${params.year}-01-01`, publishedTo: `${params.year}-12-31` };
  return openDataResponse({
    list: PUBLICATION_LIST,
    format,
    filename: `${PUBLICATION_LIST.title}-${region.name}-${params.year}年`,
    asciiName: `${PUBLICATION_LIST.slug}-${region.code}-${params.year}`,
    about: {
      region: { code: region.code, name: region.name },
      source: `${url.origin}/r/${region.code}/data`,
      year: Number(params.year),
      filter,
      madeOn: region.today,
    },
    pages: () => publicationPages(locals.api, region.code, filter),
    cacheControl: 'public, max-age=3600',
  });
};
