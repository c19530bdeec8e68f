import { isOneOf } from '@liancha/domain/vocabulary';
import { cursorParam, type ListCursor } from '@liancha/ui';

/**
 * Lists keep their state in the URL (?q=…&sector=…&sort=name&dir=asc&page=2), so a filtered
 * page can be bookmarked, reloaded and paged without client JavaScript.
 */
export interface ListParams<F extends string> {
  page: number;
  pageSize: number;
  sort: { field: F; direction: 'asc' | 'desc' };
  /** Where the previous page ended, when the pager's next link carried it (keyset paging). */
  after?: ListCursor;
}

export function listParams<F extends string>(url: URL, fields: readonly F[], defaultField: F, pageSize = 50): ListParams<F> {
  const page = Math.max(1, Number.parseInt(url.searchParams.get('page') ?? '1', 10) || 1);
  const sortParam = url.searchParams.get('sort') as F | null;
  const field = sortParam && fields.includes(sortParam) ? sortParam : defaultField;
  const direction = url.searchParams.get('dir') === 'desc' ? 'desc' : 'asc';
  const after = cursorParam(url);
  return { page, pageSize, sort: { field, direction }, ...(after ? { after } : {}) };
}

export function param(url: URL, name: string): string | undefined {
  const value = url.searchParams.get(name)?.trim();
  return value ? value : undefined;
}

export function params(url: URL, name: string): string[] | undefined {
  const values = url.searchParams.getAll(name).filter(Boolean);
  return values.length > 0 ? values : undefined;
}

/** The page number of a list without sort choices (1 when absent or not a number). */
export const pageParam = (url: URL) => Math.max(1, Number(param(url, 'page')) || 1);

/** A list without sort choices, newest first by `field`: the page asked for, 50 rows a page. */
export const newestFirst = <F extends string>(url: URL, field: F) => ({ page: pageParam(url), pageSize: 50, sort: { field, direction: 'desc' as const } });

/** A checkbox filter (`name=1`). */
export const flagParam = (url: URL, name: string) => url.searchParams.get(name) === '1';

/** A yes/no filter (`yes` / `no`; anything else: no filter). */
export const yesNo = (value: string | undefined) => (value === 'yes' ? true : value === 'no' ? false : undefined);

/** A code filter: the parameter when it is one of `codes`, else no filter. */
export function codeParam<T extends string>(url: URL, name: string, codes: readonly T[]): T | undefined {
  const value = param(url, name);
  return isOneOf(codes, value) ? value : undefined;
}

/**
 * A work list's filters: a status (one of `codes`) and an "overdue only" checkbox, with the page
 * number, plus the form's values to show them again.
 */
export function statusOverdueParams<T extends string>(url: URL, codes: readonly T[]) {
  const status = codeParam(url, 'status', codes);
  const overdue = flagParam(url, 'overdue');
  return { page: pageParam(url), status, overdue, query: { status: status ?? '', overdue } };
}
