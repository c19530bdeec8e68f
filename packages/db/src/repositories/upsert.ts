import type { ExpressionBuilder, Insertable, Kysely, Updateable } from 'kysely';
import type { DB } from '../schema/database.js';
import type { Executor, RegionScope } from './executor.js';

/**
 * `col = excluded.col` for each named column of an ON CONFLICT … DO UPDATE. An import
 * names only the columns its file had, so a missing column never wipes stored values.
 */
export function excludedColumns<DB, TB extends keyof DB>(eb: ExpressionBuilder<DB, TB>, columns: readonly string[]): Record<string, unknown> {
  const ref = eb.ref as unknown as (this: typeof eb, name: string) => unknown;
  return Object.fromEntries(columns.map((column) => [column, ref.call(eb, `excluded.${column}`)]));
}

/** The registries an import writes, each keyed within its region by its own columns (the agency's item code, a USCC). */
type RegistryTable = 'object' | 'inspector' | 'inspectionItem';

/**
 * Insert or update registry rows of the caller's region by their key (`key`, after `regionCode`):
 * an existing row takes the `updateColumns` of its record (see excludedColumns) and `set` (a written
 * row is no longer archived). Returns the id of every row written, by the key's last column.
 */
export async function upsertByKey<T extends RegistryTable>(
  db: Executor,
  scope: RegionScope,
  table: T,
  key: readonly (keyof DB[T] & string)[],
  records: readonly Omit<Insertable<DB[T]>, 'regionCode'>[],
  updateColumns: readonly string[],
  set: Updateable<DB[T]>,
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  if (records.length === 0) return ids;
  const keyColumn = key[key.length - 1] as string;
  // Kysely cannot check the columns of a table named by a type parameter; the signature carries the types.
  const rows = await (db as unknown as Kysely<Record<string, Record<string, unknown>>>)
    .insertInto(table as string)
    .values(records.map((r) => ({ ...r, regionCode: scope.regionCode })))
    .onConflict((oc) =>
      oc.columns(['regionCode', ...key]).doUpdateSet((eb) => ({ ...excludedColumns(eb, updateColumns), ...(set as Record<string, unknown>) })),
    )
    .returning(['id', keyColumn])
    .execute();
  for (const row of rows) ids.set(String(row[keyColumn]), String(row.id));
  return ids;
}
