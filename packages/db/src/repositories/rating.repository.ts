import { randomUUID } from 'node:crypto';
import type { RatedCheckKind } from '@liancha/domain';
import { sql } from 'kysely';
import type { Executor, RegionScope } from './executor.js';
import { rowsInRegion, sameRegion } from './rows-in-region.js';

/**
 * Mark a check rated; false when it already was (one rating per check). The mark and the scores
 * are separate rows with nothing in common, so the scores cannot be traced to the check.
 */
export async function markCheckRated(db: Executor, scope: RegionScope, check: { checkKind: RatedCheckKind; checkId: string }): Promise<boolean> {
  const result = await db
    .insertInto('checkRatingMark')
    .values({ ...check, regionCode: scope.regionCode })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Which of these checks are rated already. */
export async function ratedChecks(db: Executor, scope: RegionScope, checkKind: RatedCheckKind, checkIds: readonly string[]): Promise<Set<string>> {
  if (checkIds.length === 0) return new Set();
  const rows = await rowsInRegion(db, scope, 'checkRatingMark', { checkKind })
    .where('checkId', 'in', [...checkIds])
    .select('checkId')
    .execute();
  return new Set(rows.map((r) => r.checkId));
}

/** The scores, once per agency of the check: only the group (agency, year, kind) goes with them. */
export async function insertRatings(
  db: Executor,
  scope: RegionScope,
  rows: { agencyId: string; year: number; checkKind: RatedCheckKind; conduct: number; burden: number; improper: boolean }[],
): Promise<void> {
  if (rows.length === 0) return;
  const ratingId = randomUUID();
  await db
    .insertInto('inspectionRating')
    .values(rows.map((r) => ({ ...r, ratingId, regionCode: scope.regionCode })))
    .execute();
}

/** The region's year: each rating once, however many agencies it was given to. */
export async function ratingRegion(db: Executor, scope: RegionScope, year: number): Promise<Omit<RatingGroupRow, 'agencyId' | 'agencyName'>> {
  const row = await sql<{ ratings: string; conductAverage: string | null; burdenAverage: string | null; improper: string }>`
    select count(*) as ratings, avg(r.conduct) as "conductAverage", avg(r.burden) as "burdenAverage", count(*) filter (where r.improper) as improper
    from (select distinct on (rating_id) rating_id, conduct, burden, improper from inspection_rating
          where region_code = ${scope.regionCode} and year = ${year} order by rating_id) r`.execute(db);
  const r = row.rows[0]!;
  return {
    ratings: Number(r.ratings),
    conductAverage: Number(r.conductAverage ?? 0),
    burdenAverage: Number(r.burdenAverage ?? 0),
    improper: Number(r.improper),
  };
}

export interface RatingGroupRow {
  agencyId: string;
  agencyName: string;
  ratings: number;
  conductAverage: number;
  burdenAverage: number;
  improper: number;
}

/** Per agency of the region, the year's ratings summed up (the caller hides groups under five). */
export async function ratingGroups(db: Executor, scope: RegionScope, year: number): Promise<RatingGroupRow[]> {
  const rows = await rowsInRegion(db, scope, 'inspectionRating as r', { year })
    .innerJoin('agency as a', sameRegion('a.id', 'r.agencyId'))
    .select((eb) => [
      'r.agencyId',
      'a.name as agencyName',
      eb.fn.countAll<string>().as('ratings'),
      sql<string>`avg(r.conduct)`.as('conductAverage'),
      sql<string>`avg(r.burden)`.as('burdenAverage'),
      sql<string>`count(*) filter (where r.improper)`.as('improper'),
    ])
    .groupBy(['r.agencyId', 'a.name'])
    .orderBy('a.name')
    .execute();
  return rows.map((r) => ({
    agencyId: r.agencyId,
    agencyName: r.agencyName,
    ratings: Number(r.ratings),
    conductAverage: Number(r.conductAverage),
    burdenAverage: Number(r.burdenAverage),
    improper: Number(r.improper),
  }));
}

export async function insertComplaint(
  db: Executor,
  scope: RegionScope,
  fields: { objectId: string; checkKind: RatedCheckKind; checkId: string; body: string },
): Promise<string> {
  const row = await db
    .insertInto('enterpriseComplaint')
    .values({ ...fields, regionCode: scope.regionCode })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface ComplaintRow {
  id: string;
  uscc: string;
  objectName: string;
  checkKind: RatedCheckKind;
  checkId: string;
  body: string;
  createdAt: Date;
}

/** The region's complaints, newest first, a keyset page (`before`: the last row's time and id). */
export async function complaintPage(
  db: Executor,
  scope: RegionScope,
  input: { limit: number; before?: { createdAt: Date; id: string } },
): Promise<ComplaintRow[]> {
  let query = rowsInRegion(db, scope, 'enterpriseComplaint as k')
    .innerJoin('object as o', sameRegion('o.id', 'k.objectId'))
    .select(['k.id', 'o.uscc', 'o.name as objectName', 'k.checkKind', 'k.checkId', 'k.body', 'k.createdAt']);
  if (input.before) {
    const { createdAt, id } = input.before;
    query = query.where((eb) => eb.or([eb('k.createdAt', '<', createdAt), eb.and([eb('k.createdAt', '=', createdAt), eb('k.id', '<', id)])]));
  }
  // Both keys descending: the index (region, created_at, id) read backwards.
  return query.orderBy('k.createdAt', 'desc').orderBy('k.id', 'desc').limit(input.limit).execute();
}

/**
 * What rating or complaining about a check needs, when the check is this enterprise's: its state,
 * the agencies that inspected (a drawn check: the task's confirmed agencies) and its year.
 */
export async function ratedCheckFacts(
  db: Executor,
  scope: RegionScope,
  input: { checkKind: RatedCheckKind; checkId: string; objectId: string },
): Promise<{ status: string; agencyIds: string[]; year: number } | undefined> {
  if (input.checkKind === 'case') {
    const row = await rowsInRegion(db, scope, 'caseCheck', { id: input.checkId, objectId: input.objectId })
      .select(['status', 'agencyId', 'windowFrom'])
      .executeTakeFirst();
    return row && { status: row.status, agencyIds: [row.agencyId], year: Number(row.windowFrom.slice(0, 4)) };
  }
  const row = await rowsInRegion(db, scope, 'check as c', { id: input.checkId, objectId: input.objectId })
    .innerJoin('jointTask as t', sameRegion('t.id', 'c.taskId'))
    .select(['c.status', 'c.taskId', 'c.endedOn', 't.inspectionStartsOn', 't.createdAt'])
    .executeTakeFirst();
  if (!row) return undefined;
  const agencies = await rowsInRegion(db, scope, 'jointTaskParticipant', { taskId: row.taskId, status: 'confirmed' }).select('agencyId').execute();
  const day = row.endedOn ?? row.inspectionStartsOn ?? row.createdAt.toISOString();
  return { status: row.status, agencyIds: agencies.map((a) => a.agencyId), year: Number(day.slice(0, 4)) };
}
