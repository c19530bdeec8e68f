import { dictionaryOf, MAX_OPEN_DATA_ROWS } from '@liancha/api-client/open-data';
import { dateInShanghai, yearOf } from '@liancha/domain';
import { OPEN_LISTS } from '$lib/open-data/lists';
import { must } from '$lib/server/api-errors';
import { capsYearParam } from '$lib/server/caps-year';
import type { PageServerLoad } from './$types';

/** Years offered as bulk files: the year of the newest notice and the four before it (and any year asked for). */
const BULK_YEARS = 5;

/** The data dictionary: every downloadable list's fields, from the same declarations that write the files. */
export const load: PageServerLoad = async ({ locals, params, url }) => {
  const newest = await must(locals.api.publications.list.query({ regionCode: params.code, pageSize: 1 }));
  const latest = newest.rows[0] ? yearOf(dateInShanghai(new Date(newest.rows[0].publishedAt))) : yearOf(dateInShanghai(new Date()));
  const years = Array.from({ length: BULK_YEARS }, (_, i) => latest - i);
  const asked = capsYearParam(url);
  if (asked && !years.includes(asked)) years.unshift(asked);
  return {
    lists: OPEN_LISTS.map(({ list, page, files }) => ({ title: list.title, row: list.row, page, files, fields: dictionaryOf(list) })),
    years,
    asked: asked ?? null,
    maxRows: MAX_OPEN_DATA_ROWS,
  };
};
