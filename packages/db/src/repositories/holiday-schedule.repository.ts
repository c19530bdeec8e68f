import { sql } from 'kysely';
import type { HolidayDayKind } from '../schema/calendar.js';
import type { Executor } from './executor.js';

/**
 * The official holiday schedules (national reference data: no region scope). Each year has at
 * most one current version; a correction inserts the next version and supersedes the old one.
 */

export interface HolidayDay {
  date: string;
  kind: HolidayDayKind;
  name: string;
}

export interface HolidayScheduleHeader {
  id: string;
  year: number;
  version: number;
  noticeNumber: string;
  noticeDate: string;
  sourceText: string;
  enteredBy: string | null;
  enteredByName: string | null;
  enteredAt: Date;
  supersededAt: Date | null;
}

export interface HolidayScheduleSummary extends HolidayScheduleHeader {
  holidayCount: number;
  workdayCount: number;
}

export interface CurrentHolidaySchedule {
  year: number;
  noticeNumber: string;
  days: HolidayDay[];
}

/** The freshness token of the calendar: the newest row (ids are random, so tokens differ between databases). */
export async function holidayCalendarRevision(db: Executor): Promise<string> {
  const row = await db.selectFrom('holidaySchedule').select(['id', 'revision']).orderBy('revision', 'desc').limit(1).executeTakeFirst();
  return row ? `${row.revision}:${row.id}` : 'empty';
}

/** Every current schedule with its days: what the working-day calendar is built from. */
export async function listCurrentHolidaySchedules(db: Executor): Promise<CurrentHolidaySchedule[]> {
  const rows = await db
    .selectFrom('holidaySchedule as s')
    .innerJoin('holidayScheduleDay as d', 'd.scheduleId', 's.id')
    .select(['s.year', 's.noticeNumber', 'd.day', 'd.kind', 'd.name'])
    .where('s.supersededAt', 'is', null)
    .orderBy('s.year')
    .orderBy('d.day')
    .execute();
  const byYear = new Map<number, CurrentHolidaySchedule>();
  for (const row of rows) {
    let schedule = byYear.get(row.year);
    if (!schedule) byYear.set(row.year, (schedule = { year: row.year, noticeNumber: row.noticeNumber, days: [] }));
    schedule.days.push({ date: row.day, kind: row.kind, name: row.name });
  }
  return [...byYear.values()];
}

function headers(db: Executor) {
  return db
    .selectFrom('holidaySchedule as s')
    .leftJoin('appUser as u', 'u.id', 's.enteredBy')
    .select([
      's.id',
      's.year',
      's.version',
      's.noticeNumber',
      's.noticeDate',
      's.sourceText',
      's.enteredBy',
      'u.displayName as enteredByName',
      's.enteredAt',
      's.supersededAt',
    ]);
}

/** The current version of every year, newest year first, with its numbers of days. */
export async function listHolidaySchedules(db: Executor): Promise<HolidayScheduleSummary[]> {
  return headers(db)
    .select([
      sql<number>`(select count(*)::int from holiday_schedule_day d where d.schedule_id = s.id and d.kind = 'holiday')`.as('holidayCount'),
      sql<number>`(select count(*)::int from holiday_schedule_day d where d.schedule_id = s.id and d.kind = 'workday')`.as('workdayCount'),
    ])
    .where('s.supersededAt', 'is', null)
    .orderBy('s.year', 'desc')
    .execute();
}

/** Every version of a year, newest first (the first one is current unless the year has none). */
export async function listHolidayScheduleVersions(db: Executor, year: number): Promise<HolidayScheduleHeader[]> {
  return headers(db).where('s.year', '=', year).orderBy('s.version', 'desc').execute();
}

export async function listHolidayScheduleDays(db: Executor, scheduleId: string): Promise<HolidayDay[]> {
  const rows = await db.selectFrom('holidayScheduleDay').select(['day', 'kind', 'name']).where('scheduleId', '=', scheduleId).orderBy('day').execute();
  return rows.map((r) => ({ date: r.day, kind: r.kind, name: r.name }));
}

/**
 * Saves a year's schedule as its next version, superseding the current one, in the caller's
 * transaction. Two admins saving the same year at once: the second hits the unique keys
 * (code 23505), which the caller reports as a conflict.
 */
export async function insertHolidaySchedule(
  trx: Executor,
  input: { year: number; noticeNumber: string; noticeDate: string; sourceText: string; enteredBy: string; enteredAt: Date; days: readonly HolidayDay[] },
): Promise<{ id: string; version: number; replaced: { id: string; version: number } | null }> {
  const replaced = await trx
    .updateTable('holidaySchedule')
    .set({ supersededAt: input.enteredAt })
    .where('year', '=', input.year)
    .where('supersededAt', 'is', null)
    .returning(['id', 'version'])
    .executeTakeFirst();
  const latest = await trx
    .selectFrom('holidaySchedule')
    .select((eb) => eb.fn.max('version').as('v'))
    .where('year', '=', input.year)
    .executeTakeFirst();
  const version = (latest?.v ?? 0) + 1;
  const { id } = await trx
    .insertInto('holidaySchedule')
    .values({
      year: input.year,
      version,
      noticeNumber: input.noticeNumber,
      noticeDate: input.noticeDate,
      sourceText: input.sourceText,
      enteredBy: input.enteredBy,
      enteredAt: input.enteredAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (input.days.length > 0) {
    await trx
      .insertInto('holidayScheduleDay')
      .values(input.days.map((d) => ({ scheduleId: id, day: d.date, kind: d.kind, name: d.name })))
      .execute();
  }
  return { id, version, replaced: replaced ?? null };
}

/** A (check, agency) pair whose result publication is still owed, in any region. */
export interface OpenResultDeadline {
  regionCode: string;
  checkId: string;
  agencyId: string;
  agencyName: string;
  objectName: string;
  taskCode: string;
  endedOn: string;
}

/**
 * Every result publication still owed (the check ended, is not cancelled, the agency is a
 * confirmed participant, nothing published yet) across all regions, for checks that ended on
 * or after `endedFrom`. Deliberately national: a new holiday schedule moves deadlines everywhere.
 */
export async function listOpenResultDeadlines(db: Executor, filter: { endedFrom: string }): Promise<OpenResultDeadline[]> {
  const result = await sql<OpenResultDeadline>`
    select c.region_code, c.id as check_id, p.agency_id, a.name as agency_name, o.name as object_name, t.code as task_code, c.ended_on
    from "check" c
    join (select distinct region_code, task_id, agency_id from joint_task_participant where status = 'confirmed') p
      on p.region_code = c.region_code and p.task_id = c.task_id
    join agency a on a.region_code = c.region_code and a.id = p.agency_id
    join object o on o.region_code = c.region_code and o.id = c.object_id
    join joint_task t on t.region_code = c.region_code and t.id = c.task_id
    where c.status <> 'cancelled' and c.ended_on is not null and c.ended_on >= ${filter.endedFrom}
      and not exists (
        select 1 from publication pub
        where pub.region_code = c.region_code and pub.kind = 'result' and pub.subject_id = c.id and pub.agency_id = p.agency_id
      )
    order by c.region_code, c.ended_on, c.id, p.agency_id`.execute(db);
  return result.rows;
}
