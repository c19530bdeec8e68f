import { error } from '@sveltejs/kit';
import type { ApiClient } from '@liancha/api-client';
import type { OpenDataFormat } from '@liancha/api-client/open-data';
import { dateInShanghai } from '@liancha/domain';
import type { PublicationListRow } from '$lib/open-data/publications';
import type { CampaignListRow } from '$lib/open-data/campaigns';
import { must } from './api-errors';
import type { PublicationQuery } from './publication-filters';

/** The lists' largest API page: a download is many such calls, never one query for everything. */
const PAGE_SIZE = 200;

/** `export.csv` / `export.json`: anything else is not a file we serve. */
export function formatParam(value: string): OpenDataFormat {
  if (value !== 'csv' && value !== 'json') error(404, '只提供 CSV 和 JSON 两种格式');
  return value;
}

/** The region (404 for an unknown code) and today's Beijing date, for the file's name. */
export async function regionOf(api: ApiClient, code: string): Promise<{ code: string; name: string; today: string }> {
  const overview = await must(api.public.regionOverview.query({ regionCode: code }));
  return { code: overview.code, name: overview.name, today: dateInShanghai(new Date()) };
}

/** Every publication the filter selects, newest first, page after page by keyset. */
export async function* publicationPages(api: ApiClient, regionCode: string, filter: PublicationQuery['filter']): AsyncGenerator<PublicationListRow[]> {
  let page = await api.publications.list.query({ regionCode, pageSize: PAGE_SIZE, filter });
  yield page.rows;
  while (page.nextCursor) {
    page = await api.publications.list.query({ regionCode, pageSize: PAGE_SIZE, filter, after: page.nextCursor });
    yield page.rows;
  }
}

/** Every published campaign the search selects, in the page's order, by keyset. */
export async function* campaignPages(api: ApiClient, regionCode: string, search: string): AsyncGenerator<CampaignListRow[]> {
  const request = { regionCode, pageSize: PAGE_SIZE, sort: { field: 'windowFrom', direction: 'desc' }, filter: search ? { search } : {} } as const;
  let page = await api.campaigns.publicList.query(request);
  yield page.rows;
  while (page.nextCursor) {
    page = await api.campaigns.publicList.query({ ...request, after: page.nextCursor });
    yield page.rows;
  }
}

/** Which filters a file was made with, as its JSON header says. */
export function filterAbout(filter: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined && v !== ''));
}
