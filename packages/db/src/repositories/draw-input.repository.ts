import { sql } from 'kysely';
import type { ItemCategory, ObjectStatus, RiskClass } from '../schema/registries.js';
import type { Executor, RegionScope } from './executor.js';
import { rowsInRegion, sameRegion } from './rows-in-region.js';

/** Which objects a task may draw from: supervised by any (or all) of its agencies, then filtered. */
export interface PoolQuery {
  agencyIds: string[];
  supervision: 'any' | 'all';
  sectorCodes?: string[] | undefined;
  subSectorCodes?: string[] | undefined;
  townshipCodes?: string[] | undefined;
  riskClasses?: RiskClass[] | undefined;
  categories?: ItemCategory[] | undefined;
  tags?: string[] | undefined;
  /** The calendar year whose random checks count toward the frequency cap. */
  year: number;
}

/** Checks that count as "drawn this year": not cancelled, not replaced by a substitution. */
const checksInYear = (year: number) => sql<number>`(
  select count(*)::int from "check" c
  join joint_task t on t.id = c.task_id and t.region_code = c.region_code
  where c.object_id = o.id and c.region_code = o.region_code
    and c.status <> 'cancelled' and c.replaced_by_substitution is null
    and extract(year from t.inspection_starts_on) = ${year}
)`;

/** What a freeze reads of each object of its pool. */
export interface PoolEntry {
  uscc: string;
  sectorCode: string;
  subSectorCode: string | null;
  riskClass: RiskClass;
  townshipCode: string;
  category: ItemCategory;
  status: ObjectStatus;
  /** Random checks of this object in the year, in any task, substituted-out ones excepted. */
  drawsThisYear: number;
}

/** The unit separator (chr(31)), which no code holds. */
const UNIT = '\x1f';

/**
 * The pool of a freeze, a chunk at a time (a server-side cursor on PostgreSQL), so a million rows
 * never sit in memory at once. Measured at a million objects: the driver decodes ten columns a
 * row in ~3 s more than the query takes, one packed text column (fields joined by the unit
 * separator) in ~0.4 s, so the row comes packed. In USCC order: PostgreSQL sorts a million in
 * about a second, JavaScript in three, and the pool snapshot's lists then come sorted.
 */
export async function* streamPoolObjects(db: Executor, scope: RegionScope, query: PoolQuery, chunkSize = 10_000): AsyncGenerator<PoolEntry[]> {
  if (query.agencyIds.length === 0) return;
  const packed = poolQuery(db, scope, query)
    .select(
      sql<string>`concat_ws(chr(31), o.uscc, o.sector_code, coalesce(o.sub_sector_code, ''), o.risk_class, o.township_code,
      o.supervision_category, o.status, coalesce(d.n, 0))`.as('packed'),
    )
    .orderBy('o.uscc');
  let chunk: PoolEntry[] = [];
  for await (const row of packed.stream(chunkSize)) {
    chunk.push(unpack(row.packed));
    if (chunk.length === chunkSize) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}

/** A packed row back into its fields; a code that itself held the separator leaves the row without a sector, which the pool snapshot reports by row. */
function unpack(packed: string): PoolEntry {
  const f = packed.split(UNIT);
  const whole = f.length === 8;
  return {
    uscc: f[0]!,
    sectorCode: whole ? f[1]! : '',
    subSectorCode: whole && f[2] ? f[2] : null,
    riskClass: f[3] as RiskClass,
    townshipCode: f[4] ?? '',
    category: f[5] as ItemCategory,
    status: f[6] as ObjectStatus,
    drawsThisYear: whole ? Number(f[7]) : 0,
  };
}

/**
 * The pool's objects joined to their random checks of the year (`d.n`), in one pass: the
 * supervision test reads the object's `supervising_agency_ids` (kept equal to its links,
 * GIN-indexed: overlap for any of the agencies, containment for all), and the year's checks are
 * counted once per object in a grouped join rather than by a subquery per object — a pool of a
 * million would run a million of each.
 */
function poolQuery(db: Executor, scope: RegionScope, query: PoolQuery) {
  const agencies = sql`${sql.val([...new Set(query.agencyIds)])}::text[]`;
  const drawn = db
    .selectFrom('check as c')
    .innerJoin('jointTask as t', (join) => join.onRef('t.id', '=', 'c.taskId').onRef('t.regionCode', '=', 'c.regionCode'))
    .select(['c.objectId'])
    .select(sql<number>`count(*)::int`.as('n'))
    .where('c.regionCode', '=', scope.regionCode)
    .where('c.status', '<>', 'cancelled')
    .where('c.replacedBySubstitution', 'is', null)
    .where('t.inspectionStartsOn', '>=', `${query.year}-01-01`)
    .where('t.inspectionStartsOn', '<', `${query.year + 1}-01-01`)
    .groupBy('c.objectId')
    .as('d');
  let q = rowsInRegion(db, scope, 'object as o')
    .leftJoin(drawn, 'd.objectId', 'o.id')
    .where('o.archivedAt', 'is', null)
    .where(query.supervision === 'all' ? sql<boolean>`o.supervising_agency_ids @> ${agencies}` : sql<boolean>`o.supervising_agency_ids && ${agencies}`);
  if (query.sectorCodes?.length) q = q.where('o.sectorCode', 'in', query.sectorCodes);
  if (query.subSectorCodes?.length) q = q.where('o.subSectorCode', 'in', query.subSectorCodes);
  if (query.townshipCodes?.length) q = q.where('o.townshipCode', 'in', query.townshipCodes);
  if (query.riskClasses?.length) q = q.where('o.riskClass', 'in', query.riskClasses);
  if (query.categories?.length) q = q.where('o.supervisionCategory', 'in', query.categories);
  if (query.tags?.length) q = q.where(sql<boolean>`o.tags && ${sql.val(query.tags)}::text[]`);
  return q;
}

/** Draws of given objects this year, under the lock of a draw: the frequency cap re-checked at the last moment. */
export async function drawsThisYear(db: Executor, scope: RegionScope, objectIds: string[], year: number): Promise<Map<string, number>> {
  if (objectIds.length === 0) return new Map();
  const rows = await rowsInRegion(db, scope, 'object as o').select(['o.id']).select(checksInYear(year).as('n')).where('o.id', 'in', objectIds).execute();
  return new Map(rows.map((r) => [r.id, r.n]));
}

/** Conflicts of the given inspectors in force at some point of the inspection period. */
export async function loadConflictPairs(db: Executor, scope: RegionScope, inspectorIds: string[], period: { start: string; end: string }) {
  if (inspectorIds.length === 0) return [];
  return rowsInRegion(db, scope, 'conflict as c')
    .innerJoin('inspector as i', sameRegion('i.id', 'c.inspectorId'))
    .innerJoin('object as o', sameRegion('o.id', 'c.objectId'))
    .select(['i.certificateNo as certNo', 'o.uscc', 'c.reasonCode as reason'])
    .where('c.inspectorId', 'in', inspectorIds)
    .where('c.archivedAt', 'is', null)
    .where('c.validFrom', '<=', period.end)
    .where((eb) => eb.or([eb('c.validUntil', 'is', null), eb('c.validUntil', '>=', period.start)]))
    .orderBy('i.certificateNo')
    .execute();
}

/** Who inspected whom in past years (team_member of tasks since `sinceYear`), for the rotation rule. */
export async function loadInspectionHistory(db: Executor, scope: RegionScope, inspectorIds: string[], sinceYear: number) {
  if (inspectorIds.length === 0) return [];
  return rowsInRegion(db, scope, 'teamMember as m')
    .innerJoin('check as c', sameRegion('c.id', 'm.checkId'))
    .innerJoin('jointTask as t', sameRegion('t.id', 'c.taskId'))
    .innerJoin('inspector as i', sameRegion('i.id', 'm.inspectorId'))
    .innerJoin('object as o', sameRegion('o.id', 'c.objectId'))
    .select(['i.certificateNo as certNo', 'o.uscc', sql<number>`extract(year from t.inspection_starts_on)::int`.as('year')])
    .where('m.inspectorId', 'in', inspectorIds)
    .where('c.status', '<>', 'cancelled')
    .where(sql<boolean>`extract(year from t.inspection_starts_on) >= ${sinceYear}`)
    .execute();
}
