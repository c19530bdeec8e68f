import type { ExpressionBuilder } from 'kysely';

/**
 * `col = excluded.col` for each named column of an ON CONFLICT … DO UPDATE. An import
 * names only the columns its file had, so a missing column never wipes stored values.
 */
export function excludedColumns<DB, TB extends keyof DB>(eb: ExpressionBuilder<DB, TB>, columns: readonly string[]): Record<string, unknown> {
  const ref = eb.ref as unknown as (this: typeof eb, name: string) => unknown;
  return Object.fromEntries(columns.map((column) => [column, ref.call(eb, `excluded.${column}`)]));
}
