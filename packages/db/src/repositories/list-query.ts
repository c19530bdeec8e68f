import type { Expression, ExpressionBuilder, Selectable, SelectQueryBuilder, SqlBool } from 'kysely';
import type { DB } from '../schema/database.js';

/** A where-callback produced by the caller's abilities (see @liancha/authz accessibleBy). */
export type AccessFilter<TB extends keyof DB> = (eb: ExpressionBuilder<DB, TB>) => Expression<SqlBool>;

/** No access restriction: for the service's own checks across rows the caller may not read. */
export const EVERY_ROW = <TB extends keyof DB>(eb: ExpressionBuilder<DB, TB>): Expression<SqlBool> => eb.lit(true);

export interface PageRequest<TSort extends string> {
  page: number;
  pageSize: number;
  sort: { field: TSort; direction: 'asc' | 'desc' };
}

export interface Page<T> {
  rows: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** `%` and `_` in what a user typed are literal characters, not wildcards. */
export function likePattern(text: string, mode: 'contains' | 'prefix' = 'contains'): string {
  const escaped = text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
  return mode === 'prefix' ? `${escaped}%` : `%${escaped}%`;
}

/**
 * `query` narrowed to the rows whose columns of `table` equal a listing filter's values; a value the
 * filter does not give (undefined, null or an empty text) narrows nothing.
 */
export function whereEqual<D, TB extends keyof D & string, O, T extends TB>(
  query: SelectQueryBuilder<D, TB, O>,
  table: T,
  values: { [C in keyof Selectable<D[T]>]?: Selectable<D[T]>[C] | null | undefined },
): SelectQueryBuilder<D, TB, O> {
  // Kysely cannot check a column of a table named by a type parameter; the signature carries the types.
  let narrowed = query as unknown as SelectQueryBuilder<Record<string, Record<string, string>>, string, O>;
  for (const [column, value] of Object.entries(values)) {
    if (value !== undefined && value !== null && value !== '') narrowed = narrowed.where(`${table as string}.${column}`, '=', value as string);
  }
  return narrowed as unknown as SelectQueryBuilder<D, TB, O>;
}

export const offsetOf = (request: { page: number; pageSize: number }) => (request.page - 1) * request.pageSize;

/** How many rows a listing's filtered query matches, whatever it selects. */
export async function countRows<D, TB extends keyof D, O>(query: SelectQueryBuilder<D, TB, O>): Promise<number> {
  // Selecting over a generic builder loses the row type; the count is still the one column `n`.
  const row = (await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()) as unknown as { n: number };
  return row.n;
}

/** One page of an ordered listing and the total of its filtered query, read together. */
export async function pageOf<T, D, TB extends keyof D, O>(
  request: { page: number; pageSize: number },
  ordered: { limit(n: number): { offset(n: number): { execute(): Promise<T[]> } } },
  filtered: SelectQueryBuilder<D, TB, O>,
): Promise<Page<T>> {
  const [rows, total] = await Promise.all([ordered.limit(request.pageSize).offset(offsetOf(request)).execute(), countRows(filtered)]);
  return { rows, total, page: request.page, pageSize: request.pageSize };
}

/**
 * One page of a filtered listing sorted by the requested column of `table`, the id breaking ties so that
 * pages are stable; `selected` is `filtered` with the listing's columns.
 */
export async function sortedPage<D, TB extends keyof D & string, O, F>(
  request: PageRequest<string>,
  table: TB,
  selected: SelectQueryBuilder<D, TB, O>,
  filtered: SelectQueryBuilder<D, TB, F>,
): Promise<Page<O>> {
  // The sort fields are the listings' own column names (their *_SORT_FIELDS); Kysely cannot check them through the type parameters.
  const loose = selected as unknown as SelectQueryBuilder<Record<string, Record<string, unknown>>, string, O>;
  return pageOf(request, loose.orderBy(`${table}.${request.sort.field}`, request.sort.direction).orderBy(`${table}.id`), filtered);
}
