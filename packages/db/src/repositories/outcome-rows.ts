import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { DB } from '../schema/database.js';
import type { Executor, RegionScope } from './executor.js';
import { likePattern, whereEqual, type AccessFilter } from './list-query.js';
import { objectMatches } from './text-search.js';
import { sameRegion } from './rows-in-region.js';

/** The outcomes that name their object and agency themselves, each with the column a search also reads. */
const SEARCH_COLUMN = { hazard: 'description', sanction: 'decisionNo', caseCheck: 'reason' } as const;
type OutcomeTable = keyof typeof SEARCH_COLUMN;

/** An outcome's rows with its object as `o` and its agency as `a`. */
type OutcomeRows<T extends OutcomeTable> = SelectQueryBuilder<DB & { o: DB['object']; a: DB['agency'] }, T | 'o' | 'a', object>;

/** What an outcome's row shows of its object (`o`) and agency (`a`). */
export const OBJECT_AGENCY_COLUMNS = ['o.name as objectName', 'o.uscc', 'a.shortName as agencyName'] as const;

/**
 * What an outcome's row shows of its object and agency (OBJECT_AGENCY_COLUMNS), and the virtual
 * fields of its subject for the abilities (checkSubjectFields: the check's task, its team; empty without a check).
 */
export interface OutcomeRowContext {
  objectName: string;
  uscc: string;
  agencyName: string;
  taskId: string[];
  teamInspectorIds: string[];
}

/** The filters the outcome listings share; `S` is the outcome's status. */
export interface OutcomeFilter<S extends string = string> {
  /** Matches the object's name, the outcome's own search column (SEARCH_COLUMN), or a USCC prefix. */
  search?: string | undefined;
  objectId?: string | undefined;
  checkId?: string | undefined;
  agencyId?: string | undefined;
  statuses?: S[] | undefined;
}

/**
 * A hazard's, a sanction's or a 个案检查's rows joined to their object and agency, in the caller's region and
 * through its abilities, narrowed by the filters the listings share.
 */
export function outcomeRows<T extends OutcomeTable>(
  db: Executor,
  scope: RegionScope,
  table: T,
  access: AccessFilter<T>,
  filter: OutcomeFilter,
): OutcomeRows<T> {
  // Kysely cannot check column references of a table named by a type parameter; the signature carries the types.
  const t = table as string;
  let query = (db as unknown as Kysely<Record<string, Record<string, string>>>)
    .selectFrom(t)
    .innerJoin('object as o', sameRegion('o.id', `${t}.objectId`))
    .innerJoin('agency as a', sameRegion('a.id', `${t}.agencyId`))
    .where(`${t}.regionCode`, '=', scope.regionCode)
    .where(access as unknown as AccessFilter<never>);
  if (filter.search) {
    const text = filter.search.trim();
    query = query.where((eb) => eb.or([objectMatches('o', text), eb(`${t}.${SEARCH_COLUMN[table] as string}`, 'ilike', likePattern(text))]));
  }
  query = whereEqual(query, t, { objectId: filter.objectId, checkId: filter.checkId, agencyId: filter.agencyId });
  if (filter.statuses?.length) query = query.where(`${t}.status`, 'in', filter.statuses);
  return query as unknown as OutcomeRows<T>;
}
