import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
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

export const offsetOf = (request: PageRequest<string>) => (request.page - 1) * request.pageSize;
