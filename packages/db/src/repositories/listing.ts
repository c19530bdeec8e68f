import type { SelectQueryBuilder } from 'kysely';
import type { DB } from '../schema/database.js';
import type { Executor, RegionScope } from './executor.js';
import { sortedPage, type AccessFilter, type Page, type PageRequest, type SortedPageOptions } from './list-query.js';

/** What a sorted listing is asked for: a page, its order and its filter. */
export type ListRequest<TSort extends string, TFilter> = PageRequest<TSort> & { filter: TFilter };

/** One page of the rows of `T` the caller may see, filtered and sorted. */
export type ListPage<T extends keyof DB, TSort extends string, TFilter, Row> = (
  db: Executor,
  scope: RegionScope,
  access: AccessFilter<T>,
  request: ListRequest<TSort, TFilter>,
) => Promise<Page<Row>>;

/** One row of `T` by id through the caller's abilities (out of reach and absent look the same). */
export type GetRow<T extends keyof DB, Row, Options = object> = (
  db: Executor,
  scope: RegionScope,
  access: AccessFilter<T>,
  id: string,
  options?: Options,
) => Promise<Row | undefined>;

/** `forUpdate` locks the row read: two transitions of one row must not both start from the same state. */
export interface LockOption {
  forUpdate?: boolean;
}

/**
 * The two reads of a listing of `table`: a sorted page of its filtered rows (the id breaking ties, so that
 * pages are stable), and one row by id through the same filter narrowed by `byIdFilter` only. `filtered`
 * scopes the rows to the region and the caller's abilities; `columns` selects what a row shows.
 */
export function filteredListing<T extends keyof DB & string, F, D, TB extends keyof D & string, B, O>(
  table: T & TB,
  filtered: (db: Executor, scope: RegionScope, access: AccessFilter<T>, filter: F) => SelectQueryBuilder<D, TB, B>,
  columns: (query: SelectQueryBuilder<D, TB, B>) => SelectQueryBuilder<D, TB, O>,
  byIdFilter: NoInfer<F>,
  options: SortedPageOptions = {},
) {
  // Kysely cannot check a column of a table named by a type parameter; the signatures carry the row types.
  type Loose = SelectQueryBuilder<Record<string, Record<string, string>>, string, O>;
  return {
    list: (db: Executor, scope: RegionScope, access: AccessFilter<T>, request: ListRequest<string, F>): Promise<Page<O>> => {
      const base = filtered(db, scope, access, request.filter);
      return sortedPage(db, request, table, columns(base), base, options);
    },
    get: (db: Executor, scope: RegionScope, access: AccessFilter<T>, id: string, options: LockOption = {}): Promise<O | undefined> => {
      let query = (columns(filtered(db, scope, access, byIdFilter)) as unknown as Loose).where(`${table as string}.id`, '=', id);
      if (options.forUpdate) query = query.forUpdate(table);
      return query.executeTakeFirst();
    },
  };
}
