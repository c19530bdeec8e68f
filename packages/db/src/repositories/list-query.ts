import { sql, type Expression, type ExpressionBuilder, type Selectable, type SelectQueryBuilder, type SqlBool } from 'kysely';
import type { DB } from '../schema/database.js';
import type { Executor } from './executor.js';

/** A where-callback produced by the caller's abilities (see @liancha/authz accessibleBy). */
export type AccessFilter<TB extends keyof DB> = (eb: ExpressionBuilder<DB, TB>) => Expression<SqlBool>;

/** No access restriction: for the service's own checks across rows the caller may not read. */
export const EVERY_ROW = <TB extends keyof DB>(eb: ExpressionBuilder<DB, TB>): Expression<SqlBool> => eb.lit(true);

/** Where the previous page ended: its last row's sort value and id (keyset paging). */
export interface Cursor {
  value: string | number | boolean | null;
  id: string;
}

export interface PageRequest<TSort extends string> {
  page: number;
  pageSize: number;
  sort: { field: TSort; direction: 'asc' | 'desc' };
  /** Read the page after this row instead of skipping (page - 1) × pageSize rows. */
  after?: Cursor | undefined;
}

export interface Page<T> {
  rows: T[];
  /** The rows the filter matches; with `totalCapped`, at least this many. */
  total: number;
  page: number;
  pageSize: number;
  /** The count stopped at a cap: there are more than `total` rows. */
  totalCapped?: boolean;
  /** `total` is the database's estimate, not a count. */
  totalEstimated?: boolean;
  /** Where the next page starts, when this one is full (sorted listings). */
  nextCursor?: Cursor;
}

/** How a sorted listing counts and seeks. */
export interface SortedPageOptions {
  /**
   * For listings too big to count on every page: above this many rows (by the planner's estimate)
   * the total is that estimate, and a count stops here (and says so).
   */
  countCap?: number;
  /**
   * Above this many rows by the planner's estimate (default: `countCap`) the total is the estimate:
   * a narrow filter over a wide index (a township's objects of class A) would count by reading every
   * row of the township, seconds for a figure the pager only needs roughly.
   */
  estimateAbove?: number;
  /**
   * Pages by cursor (keyset): each full page gives `nextCursor`, and a request with `after` seeks past
   * it. Only for listings that name their sort fields whose column may be NULL (PostgreSQL puts
   * NULLs last ascending, first descending), which the seek must step over; the others page by number.
   */
  keyset?: { nullable: readonly string[] };
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

/** How many rows a listing's filtered query matches, counting no further than `cap` + 1. */
export async function countUpTo<D, TB extends keyof D, O>(db: Executor, query: SelectQueryBuilder<D, TB, O>, cap: number): Promise<PageTotal> {
  const limited = (query as unknown as SelectQueryBuilder<Record<string, Record<string, unknown>>, string, object>)
    .select(sql<number>`1`.as('one'))
    .limit(cap + 1);
  const row = await db
    .selectFrom(limited.as('capped'))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const n = Number(row.n);
  return n > cap ? { total: cap, totalCapped: true } : { total: n, totalCapped: false };
}

/** The planner's estimate of the rows a query returns (EXPLAIN: nothing is read). */
export async function estimateRows<D, TB extends keyof D, O>(query: SelectQueryBuilder<D, TB, O>): Promise<number> {
  const plan = await (query as unknown as SelectQueryBuilder<Record<string, Record<string, unknown>>, string, object>)
    .select(sql<number>`1`.as('one'))
    .explain('json');
  return Math.round(Number((plan[0]?.['QUERY PLAN'] as { Plan?: { 'Plan Rows'?: number } }[] | undefined)?.[0]?.Plan?.['Plan Rows'] ?? 0));
}

/**
 * The total of a listing too big to count on every page: when the planner expects more than `cap`
 * rows, its estimate (said to be one); otherwise the rows counted up to the cap. Counting 50,000 of
 * a province's objects costs a third of a second; planning the query, a millisecond.
 */
export async function countOrEstimate<D, TB extends keyof D, O>(
  db: Executor,
  query: SelectQueryBuilder<D, TB, O>,
  cap: number,
  estimateAbove = cap,
): Promise<PageTotal> {
  const estimate = await estimateRows(query);
  if (estimate > estimateAbove) return { total: estimate, totalCapped: false, totalEstimated: true };
  return countUpTo(db, query, cap);
}

/** A page's total, as counted (up to a cap) or estimated. */
interface PageTotal {
  total: number;
  totalCapped: boolean;
  totalEstimated?: boolean;
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
 * One page of a filtered listing sorted by the requested column of `table`, the id breaking ties in
 * the same direction (so that one index on (region_code, column, id) serves the page either way);
 * `selected` is `filtered` with the listing's columns. With `request.after` the page is read by
 * seeking past that row (keyset), which costs the same on page 1 and page 10,000.
 */
export async function sortedPage<D, TB extends keyof D & string, O, F>(
  db: Executor,
  request: PageRequest<string>,
  table: TB,
  selected: SelectQueryBuilder<D, TB, O>,
  filtered: SelectQueryBuilder<D, TB, F>,
  options: SortedPageOptions = {},
): Promise<Page<O>> {
  // The sort fields are the listings' own column names (their *_SORT_FIELDS); Kysely cannot check them through the type parameters.
  type Loose = SelectQueryBuilder<Record<string, Record<string, unknown>>, string, O>;
  const { field, direction } = request.sort;
  const column = `${table}.${field}`;
  let ordered = (selected as unknown as Loose).orderBy(column, direction).orderBy(`${table}.id`, direction);
  const keyset = options.keyset;
  if (keyset && request.after) {
    // The sort value is read again from the cursor's row, in the database's own type: a timestamp
    // passed back from JavaScript would lose its microseconds and skip the rows tied with it, and a
    // value typed into the URL cannot move the page. Only rows of this very listing can be that row.
    const at = (filtered as unknown as Loose).select(column).where(`${table as string}.id`, '=', request.after.id);
    ordered = ordered.where(seekPast(column, `${table}.id`, direction, request.after, at, keyset.nullable.includes(field)));
  } else {
    ordered = ordered.offset(offsetOf(request));
  }
  const [rows, count] = await Promise.all([
    ordered.limit(request.pageSize).execute(),
    options.countCap === undefined
      ? countRows(filtered).then((total) => ({ total, totalCapped: false }))
      : countOrEstimate(db, filtered, options.countCap, options.estimateAbove),
  ]);
  const last = rows.at(-1) as Record<string, unknown> | undefined;
  const page: Page<O> = { rows, ...count, page: request.page, pageSize: request.pageSize };
  if (keyset && last && rows.length === request.pageSize) page.nextCursor = { value: cursorValue(last[field]), id: String(last.id) };
  return page;
}

/** The cursor's value: what the page ended on, for reading; the seek itself reads the row again. */
function cursorValue(value: unknown): Cursor['value'] {
  if (value instanceof Date) return value.toISOString();
  if (value === null || value === undefined) return null;
  return typeof value === 'number' || typeof value === 'boolean' ? value : String(value);
}

/**
 * The rows after the cursor's row (whose sort value `at` reads) in the order (column, id)
 * `direction`. A row comparison is what an index range scan answers; NULLs come after every value
 * ascending and before them descending (the cursor's value says on which side of them it stopped).
 */
function seekPast(column: string, id: string, direction: 'asc' | 'desc', after: Cursor, at: Expression<unknown>, nullable: boolean) {
  return (eb: ExpressionBuilder<Record<string, Record<string, unknown>>, string>): Expression<SqlBool> => {
    const op = direction === 'asc' ? '>' : '<';
    const past = eb(eb.refTuple(column, id), op, eb.tuple(at, after.id));
    if (!nullable) return past;
    if (after.value === null) {
      const inNulls = eb.and([eb(column, 'is', null), eb(id, op, after.id)]);
      return direction === 'asc' ? inNulls : eb.or([inNulls, eb(column, 'is not', null)]);
    }
    return direction === 'asc' ? eb.or([past, eb(column, 'is', null)]) : past;
  };
}
