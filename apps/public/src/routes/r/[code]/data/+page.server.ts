import { dictionaryOf, MAX_OPEN_DATA_ROWS } from '@liancha/api-client/open-data';
import { yearOf, dateInShanghai } from '@liancha/domain';
import { OPEN_LISTS } from '$lib/open-data/lists';
import type { PageServerLoad } from './$types';

/** Years offered as bulk files: this Beijing year and the four before it. */
const BULK_YEARS = 5;

/** The data dictionary: every downloadable list's fields, from the same declarations that write the files. */
export const load: PageServerLoad = () => {
  const thisYear = yearOf(dateInShanghai(new Date()));
  return {
    lists: OPEN_LISTS.map(({ list, page, files }) => ({ title: list.title, row: list.row, page, files, fields: dictionaryOf(list) })),
    years: Array.from({ length: BULK_YEARS }, (_, i) => thisYear - i),
    maxRows: MAX_OPEN_DATA_ROWS,
  };
};
