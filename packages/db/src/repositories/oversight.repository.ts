import { sql, type RawBuilder } from 'kysely';
import type { Executor, RegionScope } from './executor.js';
import { hazardOverdueWhere } from './overdue.js';
import { rowsInRegion } from './rows-in-region.js';

/**
 * The leadership group's figures, computed in SQL and always scoped to one region and to
 * the agencies the caller may see (`agencyIds`, never empty). Conventions shared by every query:
 * - an agency takes part in a check when it is a confirmed participant of the check's task;
 * - a check is done when it has an end date and is not cancelled; its quarter is that of
 *   the end date; a drawn object counts in the year and quarter of its task's inspection period
 *   (the plan batch it serves), as the frequency caps do — not when the ceremony happened;
 * - general units are the general (一般), operating objects: those the draw's pool counts
 *   (suspended and closed units are excluded from the pool, so from the floor too);
 * - a joint check is a check whose task has at least two confirmed agencies;
 * - a problem is a submitted or approved result whose code is not a "no problem" code.
 */

export interface OversightScope {
  agencyIds: string[];
}

const TZ = 'Asia/Shanghai';

function agencyIn(column: string, ids: readonly string[]): RawBuilder<boolean> {
  if (ids.length === 0) throw new Error('oversight queries need at least one agency');
  return sql<boolean>`${sql.ref(column)} in (${sql.join(ids)})`;
}

/** Confirmed (task, agency) pairs, one row per agency even when several of its units take part. */
/**
 * The agency (`agencyColumn`) was asked for results at check `c`: one of its items of the task
 * applies to the check's enterprise. The SQL form of the domain's `itemAppliesTo` (no sectors: every
 * enterprise; else its 行业领域 or 细分行业), so an agency none of whose items applies owes no
 * result publication there; `apps/api/src/year-walk.int.test.ts` holds the two in agreement.
 */
const askedForResults = (agencyColumn: string) => sql`exists (
  select 1 from joint_task_item ti
  join inspection_item i on i.region_code = ti.region_code and i.id = ti.item_id
  join object ao on ao.region_code = c.region_code and ao.id = c.object_id
  where ti.region_code = c.region_code and ti.task_id = c.task_id and ti.agency_id = ${sql.ref(agencyColumn)}
    and (cardinality(i.applicable_sectors) = 0 or ao.sector_code = any(i.applicable_sectors) or ao.sub_sector_code = any(i.applicable_sectors))
)`;

/**
 * The agency has not yet published its results of check `c`. A probe of the publication index per
 * (check, agency), asked before askedForResults: OFFSET 0 keeps PostgreSQL from making it an
 * anti-join above the scan, which would test every check of a province's year for applicable items
 * first (seconds) when most of them are published.
 */
const resultNotPublished = (agencyColumn: string) => sql`not exists (
  select 1 from publication pub
  where pub.region_code = c.region_code and pub.subject_id = c.id and pub.kind = 'result' and pub.agency_id = ${sql.ref(agencyColumn)}
  offset 0
)`;

const participation = (scope: RegionScope) =>
  sql`(select distinct task_id, agency_id from joint_task_participant where region_code = ${scope.regionCode} and status = 'confirmed')`;

// ── drawn vs required ───────────────────────────────────────────────────────

export interface CoverageRow {
  agencyId: string;
  agencyName: string;
  sectorCode: string;
  sectorName: string;
  /** General (一般) units of the sector that the agency supervises, closed ones left out. */
  generalUnits: number;
  /** Ratio floor of the agency's published plan for the year, in basis points; null without one. */
  ratioFloorBp: number | null;
  /** Distinct general units of the sector drawn for the agency in the year (checks in force). */
  drawn: number;
  /** The same per quarter of the draw. */
  drawnByQuarter: [number, number, number, number];
}

/**
 * The counts behind the ratio floor, per agency and sector; what the floor requires of them is
 * computed by one function (yearFloorReach in @liancha/domain), for the dashboard and the plan alike.
 */
export async function oversightCoverage(db: Executor, scope: RegionScope, filter: OversightScope & { year: number }): Promise<CoverageRow[]> {
  const result = await sql<Omit<CoverageRow, 'drawnByQuarter'> & { q1: number; q2: number; q3: number; q4: number }>`
    with units as (
      -- Kept as objects and links change (supervision_tally): a million objects are not counted per view.
      select agency_id, sector_code, n::int as n
      from supervision_tally
      where region_code = ${scope.regionCode} and not archived and supervision_category = 'general' and status = 'operating' and n > 0
        and ${agencyIn('agency_id', filter.agencyIds)}
    ),
    drawn as (
      select p.agency_id, o.sector_code, o.id as object_id,
             extract(quarter from t.inspection_starts_on)::int as quarter
      from "check" c
      join draw d on d.region_code = c.region_code and d.id = c.draw_id
      join joint_task t on t.region_code = c.region_code and t.id = c.task_id
      join ${participation(scope)} p on p.task_id = c.task_id
      join object o on o.region_code = c.region_code and o.id = c.object_id
      join object_supervision os on os.region_code = o.region_code and os.object_id = o.id and os.agency_id = p.agency_id
      where c.region_code = ${scope.regionCode} and c.status <> 'cancelled' and c.replaced_by_substitution is null and d.drawn_at is not null
        and extract(year from t.inspection_starts_on) = ${filter.year}
        and o.supervision_category = 'general' and ${agencyIn('p.agency_id', filter.agencyIds)}
    ),
    drawn_agg as (
      select agency_id, sector_code, count(distinct object_id)::int as drawn,
             count(distinct object_id) filter (where quarter = 1)::int as q1,
             count(distinct object_id) filter (where quarter = 2)::int as q2,
             count(distinct object_id) filter (where quarter = 3)::int as q3,
             count(distinct object_id) filter (where quarter = 4)::int as q4
      from drawn group by agency_id, sector_code
    ),
    floors as (
      select distinct on (agency_id) agency_id, ratio_floor_bp
      from annual_plan
      where region_code = ${scope.regionCode} and year = ${filter.year} and status = 'published'
      order by agency_id, version desc
    ),
    cells as (
      select coalesce(u.agency_id, g.agency_id) as agency_id, coalesce(u.sector_code, g.sector_code) as sector_code,
             coalesce(u.n, 0) as general_units, coalesce(g.drawn, 0) as drawn,
             coalesce(g.q1, 0) as q1, coalesce(g.q2, 0) as q2, coalesce(g.q3, 0) as q3, coalesce(g.q4, 0) as q4
      from units u full join drawn_agg g on g.agency_id = u.agency_id and g.sector_code = u.sector_code
    )
    select c.agency_id, a.name as agency_name, c.sector_code, s.name as sector_name, c.general_units,
           f.ratio_floor_bp, c.drawn, c.q1, c.q2, c.q3, c.q4
    from cells c
    join agency a on a.region_code = ${scope.regionCode} and a.id = c.agency_id
    join sector s on s.code = c.sector_code
    left join floors f on f.agency_id = c.agency_id
    order by a.code, s.sort_order, c.sector_code`.execute(db);
  return result.rows.map(({ q1, q2, q3, q4, ...row }) => ({ ...row, drawnByQuarter: [q1, q2, q3, q4] }));
}

// ── checks, problems, joint share ───────────────────────────────────────────

export interface CheckFiguresRow {
  /** null on the region-wide total row. */
  agencyId: string | null;
  agencyName: string | null;
  /** null on total rows (per agency and region-wide). */
  sectorCode: string | null;
  sectorName: string | null;
  /** 1–4, null on total rows. */
  quarter: number | null;
  checksDone: number;
  /** Checks where the agency recorded a result other than a "no problem" code. */
  problemChecks: number;
  /** Checks of tasks with at least two confirmed agencies. */
  jointChecks: number;
  jointShare: number | null;
}

export async function oversightCheckFigures(
  db: Executor,
  scope: RegionScope,
  filter: OversightScope & { year: number; problemCodes: readonly string[] },
): Promise<CheckFiguresRow[]> {
  const isProblem = filter.problemCodes.length > 0 ? sql`r.result_code in (${sql.join(filter.problemCodes)})` : sql`false`;
  const result = await sql<CheckFiguresRow & { level: number }>`
    with task_agencies as (
      select task_id, count(*)::int as agencies from ${participation(scope)} p0 group by task_id
    ),
    done as (
      select p.agency_id, c.id as check_id, o.sector_code, extract(quarter from c.ended_on)::int as quarter,
             coalesce(ta.agencies, 0) >= 2 as joint,
             exists (
               select 1 from check_result r
               where r.region_code = c.region_code and r.check_id = c.id and r.agency_id = p.agency_id
                 and r.status in ('submitted', 'approved') and ${isProblem}
             ) as problem
      from "check" c
      join ${participation(scope)} p on p.task_id = c.task_id
      join object o on o.region_code = c.region_code and o.id = c.object_id
      left join task_agencies ta on ta.task_id = c.task_id
      where c.region_code = ${scope.regionCode} and c.status <> 'cancelled' and c.ended_on is not null
        and extract(year from c.ended_on) = ${filter.year} and ${agencyIn('p.agency_id', filter.agencyIds)}
    )
    select d.agency_id, a.name as agency_name, d.sector_code, s.name as sector_name, d.quarter,
           grouping(d.agency_id, d.sector_code, d.quarter) as level,
           count(distinct d.check_id)::int as checks_done,
           count(distinct d.check_id) filter (where d.problem)::int as problem_checks,
           count(distinct d.check_id) filter (where d.joint)::int as joint_checks,
           ((count(distinct d.check_id) filter (where d.joint))::float8 / nullif(count(distinct d.check_id), 0))::float8 as joint_share
    from done d
    join agency a on a.region_code = ${scope.regionCode} and a.id = d.agency_id
    join sector s on s.code = d.sector_code
    group by grouping sets ((d.agency_id, a.name, a.code, d.sector_code, s.name, s.sort_order, d.quarter), (d.agency_id, a.name, a.code), ())
    order by level, a.code, s.sort_order, d.sector_code, d.quarter`.execute(db);
  return result.rows.map(({ level: _level, ...row }) => row);
}

// ── results due and overdue ─────────────────────────────────────────────────

export interface ResultDueRow {
  checkId: string;
  taskId: string;
  taskCode: string;
  taskTitle: string;
  agencyId: string;
  agencyName: string;
  objectId: string;
  objectName: string;
  uscc: string;
  endedOn: string;
  resultsRecorded: number;
  resultsApproved: number;
}

/**
 * (check, agency) pairs whose results must still be published (谁检查、谁公开): the check has
 * ended, is not cancelled, the agency took part, and it has no result publication for it yet.
 * `endedBefore` keeps the overdue ones: checks that ended before the caller's cut-off.
 */
export async function listResultsDue(
  db: Executor,
  scope: RegionScope,
  request: OversightScope & { endedBefore?: string | undefined; page: number; pageSize: number },
): Promise<{ rows: ResultDueRow[]; total: number }> {
  const cutoff = request.endedBefore ? sql`and c.ended_on < ${request.endedBefore}` : sql``;
  const base = sql`
    from "check" c
    join ${participation(scope)} p on p.task_id = c.task_id
    join joint_task t on t.region_code = c.region_code and t.id = c.task_id
    join agency a on a.region_code = c.region_code and a.id = p.agency_id
    join object o on o.region_code = c.region_code and o.id = c.object_id
    where c.region_code = ${scope.regionCode} and c.status <> 'cancelled' and c.ended_on is not null ${cutoff}
      and ${agencyIn('p.agency_id', request.agencyIds)} and ${resultNotPublished('p.agency_id')} and ${askedForResults('p.agency_id')}`;
  const [rows, count] = await Promise.all([
    sql<ResultDueRow>`
      select c.id as check_id, c.task_id, t.code as task_code, t.title as task_title, p.agency_id, a.name as agency_name,
             o.id as object_id, o.name as object_name, o.uscc, c.ended_on,
             (select count(*)::int from check_result r where r.region_code = c.region_code and r.check_id = c.id and r.agency_id = p.agency_id) as results_recorded,
             (select count(*)::int from check_result r where r.region_code = c.region_code and r.check_id = c.id and r.agency_id = p.agency_id and r.status = 'approved') as results_approved
      ${base}
      order by c.ended_on, a.code, c.id
      limit ${request.pageSize} offset ${(request.page - 1) * request.pageSize}`.execute(db),
    sql<{ n: number }>`select count(*)::int as n ${base}`.execute(db),
  ]);
  return { rows: rows.rows, total: count.rows[0]?.n ?? 0 };
}

export interface PublicationTimelinessRow {
  agencyId: string;
  agencyName: string;
  /** Ended checks whose results the agency has not published yet. */
  resultsOutstanding: number;
  /** … of which past the 20-working-day deadline (ended before the cut-off). */
  resultsOverdue: number;
  /** … of which the deadline is an estimate (its year's holiday schedule is not entered yet: 预计). */
  resultsProvisional: number;
  /** Result publications made after their due date (Beijing date of publication). */
  publishedLate: number;
  publishedOnTime: number;
}

export async function oversightTimeliness(
  db: Executor,
  scope: RegionScope,
  filter: OversightScope & { overdueEndedBefore: string; provisionalEndedFrom: string | null },
): Promise<PublicationTimelinessRow[]> {
  const result = await sql<PublicationTimelinessRow>`
    with outstanding as (
      select p.agency_id, count(*)::int as n, count(*) filter (where c.ended_on < ${filter.overdueEndedBefore})::int as overdue,
             count(*) filter (where c.ended_on >= ${filter.provisionalEndedFrom ?? '9999-12-31'})::int as provisional
      from "check" c
      join ${participation(scope)} p on p.task_id = c.task_id
      where c.region_code = ${scope.regionCode} and c.status <> 'cancelled' and c.ended_on is not null
        and ${agencyIn('p.agency_id', filter.agencyIds)} and ${resultNotPublished('p.agency_id')} and ${askedForResults('p.agency_id')}
      group by p.agency_id
    ),
    published as (
      select pub.agency_id,
             count(*) filter (where (pub.published_at at time zone ${TZ})::date > pub.due_on)::int as late,
             count(*) filter (where (pub.published_at at time zone ${TZ})::date <= pub.due_on)::int as on_time
      from publication pub
      where pub.region_code = ${scope.regionCode} and pub.kind = 'result' and pub.corrects_id is null and pub.due_on is not null
        and ${agencyIn('pub.agency_id', filter.agencyIds)}
      group by pub.agency_id
    )
    select a.id as agency_id, a.name as agency_name,
           coalesce(o.n, 0) as results_outstanding, coalesce(o.overdue, 0) as results_overdue, coalesce(o.provisional, 0) as results_provisional,
           coalesce(pb.late, 0) as published_late, coalesce(pb.on_time, 0) as published_on_time
    from agency a
    left join outstanding o on o.agency_id = a.id
    left join published pb on pb.agency_id = a.id
    where a.region_code = ${scope.regionCode} and ${agencyIn('a.id', filter.agencyIds)}
    order by a.code`.execute(db);
  return result.rows;
}

// ── major hazards ───────────────────────────────────────────────────────────

export interface MajorHazardRow {
  agencyId: string;
  agencyName: string;
  status: string;
  count: number;
  /** Under 挂牌督办 (listed or escalated) past its deadline: the hazard ledger's 督办逾期. */
  pastListingDeadline: number;
}

export async function oversightMajorHazards(db: Executor, scope: RegionScope, filter: OversightScope & { today: string }): Promise<MajorHazardRow[]> {
  const result = await sql<MajorHazardRow>`
    select h.agency_id, a.name as agency_name, h.status, count(*)::int as count,
           count(*) filter (where ${hazardOverdueWhere('h', filter.today, ['listing_overdue'])})::int as past_listing_deadline
    from hazard h
    join agency a on a.region_code = h.region_code and a.id = h.agency_id
    where h.region_code = ${scope.regionCode} and h.severity = 'major' and ${agencyIn('h.agency_id', filter.agencyIds)}
    group by h.agency_id, a.name, a.code, h.status
    order by a.code, h.status`.execute(db);
  return result.rows;
}

// ── inspector load ──────────────────────────────────────────────────────────

export interface InspectorLoadRow {
  inspectorId: string;
  name: string;
  agencyId: string;
  agencyName: string;
  isExpert: boolean;
  checks: number;
  checksByQuarter: [number, number, number, number];
}

/** One page of the inspectors' load, with how many inspectors there are and how many were sent nowhere. */
export interface InspectorLoadPage {
  rows: InspectorLoadRow[];
  total: number;
  idle: number;
}

/**
 * Checks per inspector in the year, by the check's date: its end, else its start, else its
 * schedule, else the Beijing date of the draw. Every inspector of the agencies is listed,
 * so an idle one shows with 0. Busiest first, one page at a time (a province has tens of
 * thousands of inspectors); the totals come with the page.
 */
export async function oversightInspectorLoad(
  db: Executor,
  scope: RegionScope,
  filter: OversightScope & { year: number },
  page: { page: number; pageSize: number },
): Promise<InspectorLoadPage> {
  const result = await sql<Omit<InspectorLoadRow, 'checksByQuarter'> & { q1: number; q2: number; q3: number; q4: number; total: number; idle: number }>`
    with dated as (
      select m.inspector_id, c.id as check_id,
             coalesce(c.ended_on, c.started_on, c.scheduled_on, (d.drawn_at at time zone ${TZ})::date) as on_date
      from team_member m
      join "check" c on c.region_code = m.region_code and c.id = m.check_id
      join draw d on d.region_code = c.region_code and d.id = c.draw_id
      where m.region_code = ${scope.regionCode} and c.status <> 'cancelled'
    ),
    loads as (
      select inspector_id, count(distinct check_id)::int as checks,
             count(distinct check_id) filter (where extract(quarter from on_date) = 1)::int as q1,
             count(distinct check_id) filter (where extract(quarter from on_date) = 2)::int as q2,
             count(distinct check_id) filter (where extract(quarter from on_date) = 3)::int as q3,
             count(distinct check_id) filter (where extract(quarter from on_date) = 4)::int as q4
      from dated where extract(year from on_date) = ${filter.year}
      group by inspector_id
    )
    select i.id as inspector_id, i.name, i.agency_id, a.name as agency_name, i.is_expert,
           coalesce(l.checks, 0) as checks, coalesce(l.q1, 0) as q1, coalesce(l.q2, 0) as q2, coalesce(l.q3, 0) as q3, coalesce(l.q4, 0) as q4,
           (count(*) over ())::int as total, (count(*) filter (where l.checks is null) over ())::int as idle
    from inspector i
    join agency a on a.region_code = i.region_code and a.id = i.agency_id
    left join loads l on l.inspector_id = i.id
    where i.region_code = ${scope.regionCode} and i.archived_at is null and ${agencyIn('i.agency_id', filter.agencyIds)}
    order by checks desc, a.code, i.certificate_no
    limit ${page.pageSize} offset ${(page.page - 1) * page.pageSize}`.execute(db);
  const [first] = result.rows;
  // A page past the end carries no row to read the totals from: read them off the first page.
  if (!first && page.page > 1) return { ...(await oversightInspectorLoad(db, scope, filter, { page: 1, pageSize: 1 })), rows: [] };
  const totals = { total: first?.total ?? 0, idle: first?.idle ?? 0 };
  return { ...totals, rows: result.rows.map(({ q1, q2, q3, q4, total: _total, idle: _idle, ...row }) => ({ ...row, checksByQuarter: [q1, q2, q3, q4] })) };
}

/** The region's agencies, in code order: the rows oversight figures are reported for. */
export async function oversightAgencies(db: Executor, scope: RegionScope): Promise<{ id: string; code: string; name: string }[]> {
  return rowsInRegion(db, scope, 'agency').select(['id', 'code', 'name']).orderBy('code').execute();
}
