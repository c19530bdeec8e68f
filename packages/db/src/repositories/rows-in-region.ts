import type { JoinBuilder, Kysely, Selectable, SelectQueryBuilder } from 'kysely';
import type { DB } from '../schema/database.js';
import type { Executor, RegionScope } from './executor.js';

/** The tables whose rows belong to a region. */
type TenantTable = { [T in keyof DB]: DB[T] extends { regionCode: string } ? T : never }[keyof DB] & string;

/** A tenant table, by its name or aliased in the query ('drawResult as r'). */
type TenantFrom = TenantTable | `${TenantTable} as ${string}`;
type TableOf<TE> = TE extends `${infer T} as ${string}` ? T & TenantTable : TE & TenantTable;
type AliasOf<TE> = TE extends `${string} as ${infer A}` ? A : TE & string;

/** What Kysely's own `selectFrom(from)` gives. */
type FromQuery<TE extends TenantFrom> = TE extends TenantTable
  ? SelectQueryBuilder<DB, TE, object>
  : SelectQueryBuilder<DB & { [A in AliasOf<TE>]: DB[TableOf<TE>] }, AliasOf<TE>, object>;

/**
 * The rows of a tenant table in the caller's region whose columns equal those of `match`, e.g.
 * `rowsInRegion(db, scope, 'drawResult as r', { drawId })`: every other table of a query joins them
 * in the same region (the tenant foreign keys include `region_code`).
 */
export function rowsInRegion<TE extends TenantFrom>(
  db: Executor,
  scope: RegionScope,
  from: TE,
  match: Partial<Selectable<DB[TableOf<TE>]>> = {},
): FromQuery<TE> {
  const table: string = from;
  const alias = table.split(' as ')[1] ?? table;
  // Kysely cannot check a column of a table named by a type parameter; the signature carries the types.
  let query = (db as unknown as Kysely<Record<string, Record<string, unknown>>>).selectFrom(table).where(`${alias}.regionCode`, '=', scope.regionCode);
  for (const [column, value] of Object.entries(match)) query = query.where(`${alias}.${column}`, '=', value);
  return query as unknown as FromQuery<TE>;
}

/** `alias.regionCode` of a column reference `alias.column`. */
const regionOf = (column: string) => `${column.slice(0, column.lastIndexOf('.'))}.regionCode`;

/**
 * The join condition `left = right` between two tenant tables, within one region (the tenant foreign
 * keys include `region_code`): `.innerJoin('object as o', sameRegion('o.id', 'r.objectId'))`.
 */
export function sameRegion(left: string, right: string) {
  return <D, TB extends keyof D>(join: JoinBuilder<D, TB>): JoinBuilder<D, TB> => {
    // Kysely cannot check the columns named by the strings; a misspelt one fails the query.
    const loose = join as unknown as JoinBuilder<Record<string, Record<string, unknown>>, string>;
    return loose.onRef(left, '=', right).onRef(regionOf(left), '=', regionOf(right)) as unknown as JoinBuilder<D, TB>;
  };
}
