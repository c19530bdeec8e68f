import type { SelectQueryBuilder } from 'kysely';
import type { DB } from '../schema/database.js';
import type { Executor, RegionScope } from './executor.js';
import { likePattern, type AccessFilter } from './list-query.js';
import { rowsInRegion } from './rows-in-region.js';
import { objectMatches } from './text-search.js';

/** The registries a search finds by name or by the start of the code a row is known by. */
const CODE_SEARCH = {
  inspectionItem: { column: 'code', operator: 'ilike', upper: false },
  inspector: { column: 'certificateNo', operator: 'like', upper: false },
  // USCCs are written in capitals.
  object: { column: 'uscc', operator: 'like', upper: true },
} as const;
type RegistryTable = keyof typeof CODE_SEARCH;

/** The filters the registry listings share. */
export interface RegistryFilter {
  /** Matches the name anywhere, or the start of the code (CODE_SEARCH). */
  search?: string | undefined;
  includeArchived?: boolean | undefined;
}

/** A registry's rows in the caller's region and through its abilities, archived ones only when asked for. */
export function registryRows<T extends RegistryTable>(
  db: Executor,
  scope: RegionScope,
  table: T,
  access: AccessFilter<T>,
  filter: RegistryFilter,
): SelectQueryBuilder<DB, T, object> {
  // Kysely cannot check a column of a table named by a type parameter; the signature carries the types.
  const t = table as string;
  let query = (rowsInRegion(db, scope, table) as unknown as SelectQueryBuilder<Record<string, Record<string, string>>, string, object>).where(
    access as unknown as AccessFilter<never>,
  );
  if (!filter.includeArchived) query = query.where(`${t}.archivedAt`, 'is', null);
  if (filter.search) {
    const text = filter.search.trim();
    const code = CODE_SEARCH[table];
    const codePattern = likePattern(code.upper ? text.toUpperCase() : text, 'prefix');
    // Objects are the registry of a million: their name and USCC searches read indexes (text-search.ts).
    query =
      table === 'object'
        ? query.where(objectMatches(t, text))
        : query.where((eb) => eb.or([eb(`${t}.name`, 'ilike', likePattern(text)), eb(`${t}.${code.column}`, code.operator, codePattern)]));
  }
  return query as unknown as SelectQueryBuilder<DB, T, object>;
}
