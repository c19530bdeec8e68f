import { openDataResponse } from '@liancha/api-client/open-data';
import { CAMPAIGN_LIST } from '$lib/open-data/campaigns';
import { campaignPages, formatParam, regionOf } from '$lib/server/open-data-files';
import type { RequestHandler } from './$types';

/** The published 专项检查 as CSV or JSON, with the page's name search (`q`), all rows by keyset pages. */
export const GET: RequestHandler = async ({ locals, params, url }) => {
  const format = formatParam(params.format);
  const region = await regionOf(locals.api, params.code);
  const q = (url.searchParams.get('q') ?? '').trim().slice(0, 100);
  return openDataResponse({
    list: CAMPAIGN_LIST,
    format,
    filename: `${CAMPAIGN_LIST.title}-${region.name}-${region.today}`,
    asciiName: `${CAMPAIGN_LIST.slug}-${region.code}-${region.today}`,
    about: {
      region: { code: region.code, name: region.name },
      source: `${url.origin}/r/${region.code}/campaigns${url.search}`,
      filter: q ? { q } : {},
      madeOn: region.today,
    },
    pages: () => campaignPages(locals.api, region.code, q),
    cacheControl: 'public, max-age=300',
  });
};
