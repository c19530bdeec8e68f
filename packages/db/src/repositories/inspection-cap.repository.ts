import {
  addCalendarDays,
  HIGH_FREQUENCY_MARGIN,
  MULTI_AGENCY_WINDOW_DAYS,
  REPEAT_WINDOW_DAYS,
  type CapLine,
  type CapWarningKind,
  type InspectionKind,
  type RiskClass,
} from '@liancha/domain';
import { sql, type RawBuilder } from 'kysely';
import type { Executor, RegionScope } from './executor.js';
import { insertInRegion } from './insert-in-region.js';

/**
 * `frequencyCapLedger`: the caps each agency publishes (versions of lines per enterprise class and
 * year) and the ledger of checks they are held against. Every count of the ledger reads
 * `ledgerEvents` — the one place that says which checks count, of what kind, for which agency —
 * and aggregates in SQL: a region's year is its checks (tens of thousands), never its million
 * enterprises.
 */

// ── the ledger: which checks count ──────────────────────────────────────────

/** A year (a drawn check counts in its task's year, as the draw's caps count it; a case check in the year of its day) or every check from a day on. */
export type LedgerPeriod = { year: number } | { since: string };

/**
 * One row per agency per check of an enterprise (`object_id, agency_id, kind, check_ref, on_day,
 * joint, exempt`):
 * - 日常 (`routine`): a drawn check in force (not cancelled, not substituted out), once for each
 *   confirmed agency of its task; joint when the task has two or more; its day the visit's end,
 *   start or scheduled day, else the task's first day;
 * - 个案 (`case`) and 专项 (`campaign`): a `case_check` of that kind approved or done, on its day of
 *   completion, else its window's first day; exempt when 个案 (every trigger the rules name is exempt
 *   from the caps) or a campaign deployed by a higher level (上级部署).
 * This function is the only place that says so.
 */
function ledgerEvents(scope: RegionScope, period: LedgerPeriod, objectId?: string): RawBuilder<unknown> {
  const region = scope.regionCode;
  const byObject = (column: string) => (objectId === undefined ? sql`` : sql`and ${sql.ref(column)} = ${objectId}`);
  const taskPeriod =
    'year' in period
      ? sql`t.inspection_starts_on >= ${`${period.year}-01-01`} and t.inspection_starts_on < ${`${period.year + 1}-01-01`}`
      : sql`coalesce(t.inspection_ends_on, t.inspection_starts_on) >= ${period.since}`;
  const caseDay = sql`coalesce(cc.ended_on, cc.window_from)`;
  const casePeriod =
    'year' in period ? sql`${caseDay} >= ${`${period.year}-01-01`} and ${caseDay} <= ${`${period.year}-12-31`}` : sql`${caseDay} >= ${period.since}`;
  const drawnDay = sql`coalesce(c.ended_on, c.started_on, c.scheduled_on, t.inspection_starts_on)`;
  const drawnSince = 'since' in period ? sql`and ${drawnDay} >= ${period.since}` : sql``;
  return sql`(
    select c.object_id, p.agency_id, 'routine'::text as kind, c.id as check_ref, ${drawnDay} as on_day, p.joint, false as exempt
    from "check" c
    join joint_task t on t.region_code = c.region_code and t.id = c.task_id
    join (
      select task_id, agency_id, count(*) over (partition by task_id) >= 2 as joint
      from (select distinct task_id, agency_id from joint_task_participant where region_code = ${region} and status = 'confirmed') d
    ) p on p.task_id = c.task_id
    where c.region_code = ${region} and c.status <> 'cancelled' and c.replaced_by_substitution is null and ${taskPeriod} ${drawnSince} ${byObject('c.object_id')}
    union all
    select cc.object_id, cc.agency_id, cc.kind, cc.id, ${caseDay}, false, (cc.kind = 'case' or coalesce(cp.level = 'higher', false))
    from case_check cc
    left join inspection_campaign cp on cp.region_code = cc.region_code and cp.id = cc.campaign_id
    where cc.region_code = ${region} and cc.status in ('approved', 'done') and ${casePeriod} ${byObject('cc.object_id')}
  )`;
}

/**
 * The caps in force of a year as `caps(agency_id, sector_code, risk_class, max_per_year,
 * expected_per_year)`, and `cap_of(object, agency)`: the line of the enterprise's own risk class,
 * else its sector's (the domain's capLineFor).
 */
const capsInForceSql = (scope: RegionScope, year: number) => sql`(
  select v.agency_id, l.sector_code, l.risk_class, l.max_per_year, l.expected_per_year
  from inspection_cap_line l
  join (
    select distinct on (agency_id) id, agency_id from inspection_cap_version
    where region_code = ${scope.regionCode} and year = ${year}
    order by agency_id, version desc
  ) v on v.id = l.version_id
  where l.region_code = ${scope.regionCode}
)`;
const capOf = (agencyColumn: string, objectAlias: string) => sql`(
  select cl.max_per_year from caps cl
  where cl.agency_id = ${sql.ref(agencyColumn)} and cl.sector_code = ${sql.ref(`${objectAlias}.sector_code`)}
    and (cl.risk_class = ${sql.ref(`${objectAlias}.risk_class`)} or cl.risk_class is null)
  order by cl.risk_class nulls last limit 1
)`;

const agencyIn = (column: string, ids: readonly string[] | undefined) =>
  ids === undefined ? sql`true` : ids.length === 0 ? sql`false` : sql`${sql.ref(column)} in (${sql.join(ids)})`;

// ── caps: versions ──────────────────────────────────────────────────────────

export interface CapVersionRow {
  id: string;
  agencyId: string;
  agencyName: string;
  year: number;
  version: number;
  note: string;
  publishedAt: Date;
  publishedByName: string;
  lines: CapLineRow[];
}

/** A line with its sector's name. */
export interface CapLineRow extends CapLine {
  sectorName: string;
}

/** Versions of the caps, newest first per agency: every version (`history`) or only the one in force. */
async function capVersions(
  db: Executor,
  scope: RegionScope,
  filter: { year: number; agencyIds?: readonly string[]; history: boolean },
): Promise<CapVersionRow[]> {
  const versions = await sql<Omit<CapVersionRow, 'lines'>>`
    select ${filter.history ? sql`` : sql`distinct on (a.code)`} v.id, v.agency_id, a.name as agency_name, v.year, v.version, v.note, v.published_at,
           u.display_name as published_by_name
    from inspection_cap_version v
    join agency a on a.region_code = v.region_code and a.id = v.agency_id
    join app_user u on u.region_code = v.region_code and u.id = v.published_by
    where v.region_code = ${scope.regionCode} and v.year = ${filter.year} and ${agencyIn('v.agency_id', filter.agencyIds)}
    order by a.code, v.version desc`.execute(db);
  if (versions.rows.length === 0) return [];
  const lines = await sql<CapLineRow & { versionId: string }>`
    select l.version_id, l.sector_code, s.name as sector_name, l.risk_class, l.expected_per_year, l.max_per_year
    from inspection_cap_line l
    join sector s on s.code = l.sector_code
    where l.region_code = ${scope.regionCode} and l.version_id in (${sql.join(versions.rows.map((v) => v.id))})
    order by l.version_id, l.line_no`.execute(db);
  const byVersion = new Map<string, CapLineRow[]>();
  for (const { versionId, ...line } of lines.rows) byVersion.set(versionId, [...(byVersion.get(versionId) ?? []), line]);
  return versions.rows.map((v) => ({ ...v, lines: byVersion.get(v.id) ?? [] }));
}

/** The caps in force of a year (each agency's latest version), for the agencies given or all. */
export function capsInForce(db: Executor, scope: RegionScope, filter: { year: number; agencyIds?: readonly string[] }): Promise<CapVersionRow[]> {
  return capVersions(db, scope, { ...filter, history: false });
}

/** Every version one agency published for a year, newest first (the history is kept). */
export function capVersionHistory(db: Executor, scope: RegionScope, filter: { year: number; agencyId: string }): Promise<CapVersionRow[]> {
  return capVersions(db, scope, { year: filter.year, agencyIds: [filter.agencyId], history: true });
}

/** The codes among `codes` that name no sector of the region (national or its own). */
export async function unknownSectorCodes(db: Executor, scope: RegionScope, codes: readonly string[]): Promise<string[]> {
  if (codes.length === 0) return [];
  const known = await sql<{ code: string }>`
    select code from sector where code in (${sql.join([...new Set(codes)])}) and (region_code is null or region_code = ${scope.regionCode})`.execute(db);
  const found = new Set(known.rows.map((r) => r.code));
  return codes.filter((c) => !found.has(c));
}

/**
 * Publishes a new version of an agency's caps for a year, superseding the last. Two publishing at
 * once: the later meets the unique (agency, year, version) and fails, nothing half written.
 */
export async function publishCapVersion(
  db: Executor,
  scope: RegionScope,
  input: { agencyId: string; year: number; note: string; publishedBy: string; at: Date; lines: readonly CapLine[] },
): Promise<{ id: string; version: number }> {
  const last = await sql<{ version: number | null }>`
    select max(version) as version from inspection_cap_version
    where region_code = ${scope.regionCode} and agency_id = ${input.agencyId} and year = ${input.year}`.execute(db);
  const version = (last.rows[0]?.version ?? 0) + 1;
  const id = await insertInRegion(db, scope, 'inspectionCapVersion', {
    agencyId: input.agencyId,
    year: input.year,
    version,
    note: input.note,
    publishedBy: input.publishedBy,
    publishedAt: input.at,
  });
  await db
    .insertInto('inspectionCapLine')
    .values(input.lines.map((line, i) => ({ regionCode: scope.regionCode, versionId: id, lineNo: i + 1, ...line })))
    .execute();
  return { id, version };
}

// ── one enterprise ──────────────────────────────────────────────────────────

export interface LedgerCountRow {
  agencyId: string;
  agencyName: string;
  kind: InspectionKind;
  checks: number;
  jointChecks: number;
  exemptChecks: number;
}

/** One enterprise's checks of the year per agency and kind. */
export async function enterpriseLedger(db: Executor, scope: RegionScope, input: { objectId: string; year: number }): Promise<LedgerCountRow[]> {
  const result = await sql<LedgerCountRow>`
    select e.agency_id, a.name as agency_name, e.kind,
           count(distinct e.check_ref)::int as checks,
           count(distinct e.check_ref) filter (where e.joint)::int as joint_checks,
           count(distinct e.check_ref) filter (where e.exempt)::int as exempt_checks
    from ${ledgerEvents(scope, { year: input.year }, input.objectId)} e
    join agency a on a.region_code = ${scope.regionCode} and a.id = e.agency_id
    group by e.agency_id, a.name, a.code, e.kind
    order by a.code, e.kind`.execute(db);
  return result.rows;
}

export interface LedgerEventRow {
  checkId: string;
  agencyId: string;
  agencyName: string;
  kind: InspectionKind;
  /** 'YYYY-MM-DD' */
  on: string;
  joint: boolean;
  exempt: boolean;
}

/** One enterprise's checks from a day on (the warnings' window), newest first. */
export async function enterpriseChecksSince(db: Executor, scope: RegionScope, input: { objectId: string; since: string }): Promise<LedgerEventRow[]> {
  const result = await sql<LedgerEventRow>`
    select e.check_ref as check_id, e.agency_id, a.name as agency_name, e.kind, to_char(e.on_day, 'YYYY-MM-DD') as "on", e.joint, e.exempt
    from ${ledgerEvents(scope, { since: input.since }, input.objectId)} e
    join agency a on a.region_code = ${scope.regionCode} and a.id = e.agency_id
    order by e.on_day desc, a.code`.execute(db);
  return result.rows;
}

// ── the draw: enterprises at a cap ──────────────────────────────────────────

/**
 * The enterprises (by USCC) whose count of the year reaches the cap of any of `agencyIds` — what a
 * draw of those agencies must leave out (`inspection_cap`), each with the agencies whose cap it is at.
 */
export async function enterprisesAtCap(
  db: Executor,
  scope: RegionScope,
  input: { year: number; agencyIds: readonly string[] },
): Promise<Map<string, string[]>> {
  if (input.agencyIds.length === 0) return new Map();
  const result = await sql<{ uscc: string; agencyIds: string[] }>`
    with caps as ${capsInForceSql(scope, input.year)},
    counts as (
      select e.object_id, e.agency_id, count(distinct e.check_ref)::int as n
      from ${ledgerEvents(scope, { year: input.year })} e
      where ${agencyIn('e.agency_id', input.agencyIds)}
      group by e.object_id, e.agency_id
    )
    select o.uscc, array_agg(k.agency_id::text order by k.agency_id) as agency_ids
    from counts k
    join object o on o.region_code = ${scope.regionCode} and o.id = k.object_id
    where k.n >= ${capOf('k.agency_id', 'o')}
    group by o.uscc
    order by o.uscc`.execute(db);
  return new Map(result.rows.map((r) => [r.uscc, r.agencyIds]));
}

// ── warnings ────────────────────────────────────────────────────────────────

export interface CapWarningRow {
  objectId: string;
  uscc: string;
  objectName: string;
  kinds: CapWarningKind[];
  /** The agencies that inspected it within the 多头 window. */
  recentAgencyNames: string[];
  /** Its checks of the year (each check once). */
  checksThisYear: number;
}

/**
 * Enterprises flagged by the warning rules on `today` (the domain's capWarnings, in SQL over the
 * year's and the window's checks: 多头 — two separate checks by two or more agencies within
 * MULTI_AGENCY_WINDOW_DAYS; 重复 — one agency's two checks within REPEAT_WINDOW_DAYS; 高频 — an
 * agency at its cap or HIGH_FREQUENCY_MARGIN short of it), a keyset page in USCC order.
 * `supervisedBy`: only enterprises that agency supervises (an agency's own scope); `taskId`: only
 * the enterprises a joint task's live checks visit.
 */
export async function capWarningPage(
  db: Executor,
  scope: RegionScope,
  input: { today: string; year: number; supervisedBy?: string; taskId?: string; after?: string; limit: number },
): Promise<{ rows: CapWarningRow[]; next: string | null }> {
  // The domain's windows: a check counts when it lies after the day N days before today.
  const repeatFrom = addCalendarDays(input.today, 1 - REPEAT_WINDOW_DAYS);
  const multiFrom = addCalendarDays(input.today, 1 - MULTI_AGENCY_WINDOW_DAYS);
  const repeatSince = sql`${repeatFrom}::date`;
  const multiSince = sql`${multiFrom}::date`;
  const supervised =
    input.supervisedBy === undefined
      ? sql`true`
      : sql`exists (select 1 from object_supervision os where os.region_code = o.region_code and os.object_id = o.id and os.agency_id = ${input.supervisedBy})`;
  // A joint task's own enterprises (its live checks), for the coordinators before they schedule.
  const ofTask =
    input.taskId === undefined
      ? sql`true`
      : sql`exists (select 1 from "check" c where c.region_code = o.region_code and c.object_id = o.id and c.task_id = ${input.taskId} and c.status <> 'cancelled')`;
  const result = await sql<CapWarningRow & { multi: boolean; repeat: boolean; high: boolean }>`
    with caps as ${capsInForceSql(scope, input.year)},
    recent as (select * from ${ledgerEvents(scope, { since: repeatFrom < multiFrom ? repeatFrom : multiFrom })} e),
    multi as (
      select object_id from recent where on_day >= ${multiSince}
      group by object_id having count(distinct check_ref) >= 2 and count(distinct agency_id) >= 2
    ),
    repeated as (
      select distinct object_id from (
        select object_id, agency_id from recent where on_day >= ${repeatSince} group by object_id, agency_id having count(distinct check_ref) >= 2
      ) r
    ),
    year_counts as (
      select e.object_id, e.agency_id, count(distinct e.check_ref)::int as n from ${ledgerEvents(scope, { year: input.year })} e group by e.object_id, e.agency_id
    ),
    high as (
      select distinct k.object_id from year_counts k join object o on o.region_code = ${scope.regionCode} and o.id = k.object_id
      where k.n >= ${capOf('k.agency_id', 'o')} - ${HIGH_FREQUENCY_MARGIN}::int
    ),
    flagged as (select object_id from multi union select object_id from repeated union select object_id from high)
    select o.id as object_id, o.uscc, o.name as object_name,
           exists (select 1 from multi m where m.object_id = o.id) as multi,
           exists (select 1 from repeated r where r.object_id = o.id) as repeat,
           exists (select 1 from high h where h.object_id = o.id) as high,
           array(select distinct a.name from recent e join agency a on a.region_code = ${scope.regionCode} and a.id = e.agency_id
                 where e.object_id = o.id and e.on_day >= ${multiSince} order by a.name) as recent_agency_names,
           (select count(distinct y.check_ref)::int from ${ledgerEvents(scope, { year: input.year })} y where y.object_id = o.id) as checks_this_year
    from flagged f
    join object o on o.region_code = ${scope.regionCode} and o.id = f.object_id
    where ${supervised} and ${ofTask} ${input.after === undefined ? sql`` : sql`and o.uscc > ${input.after}`}
    order by o.uscc
    limit ${input.limit + 1}`.execute(db);
  const rows = result.rows
    .slice(0, input.limit)
    .map(({ multi, repeat, high, ...row }) => ({
      ...row,
      kinds: [...(multi ? ['multi_agency' as const] : []), ...(repeat ? ['repeat' as const] : []), ...(high ? ['high_frequency' as const] : [])],
    }));
  return { rows, next: result.rows.length > input.limit ? (rows[rows.length - 1]?.uscc ?? null) : null };
}

// ── the leadership group's figures and the 年报 ─────────────────────────────

export interface CapAgencyFigures {
  agencyId: string;
  agencyName: string;
  /** Checks by kind (each check once for the agency). */
  routine: number;
  campaign: number;
  case: number;
  /** Distinct enterprises the agency inspected. */
  enterprises: number;
  jointChecks: number;
  exemptChecks: number;
  /** Enterprises whose count by this agency is past its cap. */
  breaches: number;
}

export interface CapFigures {
  year: number;
  /** Every check of the region once, however many agencies took part. */
  checks: number;
  jointChecks: number;
  enterprises: number;
  agencies: CapAgencyFigures[];
}

/** The year's figures per agency (the 年报's frequency figures) and the region's totals. */
export async function capFigures(db: Executor, scope: RegionScope, input: { year: number; agencyIds?: readonly string[] }): Promise<CapFigures> {
  const result = await sql<CapAgencyFigures & { totalChecks: number; totalJoint: number; totalEnterprises: number }>`
    with caps as ${capsInForceSql(scope, input.year)},
    events as (select * from ${ledgerEvents(scope, { year: input.year })} e where ${agencyIn('e.agency_id', input.agencyIds)}),
    counts as (select object_id, agency_id, count(distinct check_ref)::int as n from events group by object_id, agency_id),
    breaches as (
      select k.agency_id, count(*)::int as n from counts k join object o on o.region_code = ${scope.regionCode} and o.id = k.object_id
      where k.n > ${capOf('k.agency_id', 'o')} group by k.agency_id
    ),
    per_agency as (
      select agency_id,
             count(distinct check_ref) filter (where kind = 'routine')::int as routine,
             count(distinct check_ref) filter (where kind = 'campaign')::int as campaign,
             count(distinct check_ref) filter (where kind = 'case')::int as "case",
             count(distinct object_id)::int as enterprises,
             count(distinct check_ref) filter (where joint)::int as joint_checks,
             count(distinct check_ref) filter (where exempt)::int as exempt_checks
      from events group by agency_id
    ),
    totals as (
      select count(distinct check_ref)::int as total_checks, count(distinct check_ref) filter (where joint)::int as total_joint,
             count(distinct object_id)::int as total_enterprises
      from events
    )
    select a.id as agency_id, a.name as agency_name, coalesce(p.routine, 0) as routine, coalesce(p.campaign, 0) as campaign,
           coalesce(p."case", 0) as "case", coalesce(p.enterprises, 0) as enterprises, coalesce(p.joint_checks, 0) as joint_checks,
           coalesce(p.exempt_checks, 0) as exempt_checks, coalesce(b.n, 0) as breaches,
           t.total_checks, t.total_joint, t.total_enterprises
    from agency a
    cross join totals t
    left join per_agency p on p.agency_id = a.id
    left join breaches b on b.agency_id = a.id
    where a.region_code = ${scope.regionCode} and ${agencyIn('a.id', input.agencyIds)}
    order by a.code`.execute(db);
  const first = result.rows[0];
  return {
    year: input.year,
    checks: first?.totalChecks ?? 0,
    jointChecks: first?.totalJoint ?? 0,
    enterprises: first?.totalEnterprises ?? 0,
    agencies: result.rows.map(({ totalChecks: _c, totalJoint: _j, totalEnterprises: _e, ...row }) => row),
  };
}

export interface CapBreachRow {
  objectId: string;
  uscc: string;
  objectName: string;
  agencyId: string;
  agencyName: string;
  checks: number;
  exemptChecks: number;
  maxPerYear: number;
  /** The head's recorded approvals past the cap, with the exemptions stated. */
  approvals: { statedExemption: string; approvedByName: string; approvedAt: string }[];
}

/** Enterprises past an agency's cap in the year, with the approvals recorded, a keyset page in (USCC, agency) order. */
export async function capBreachPage(
  db: Executor,
  scope: RegionScope,
  input: { year: number; agencyIds?: readonly string[]; after?: { uscc: string; agencyId: string }; limit: number },
): Promise<{ rows: CapBreachRow[]; next: { uscc: string; agencyId: string } | null }> {
  const after = input.after === undefined ? sql`` : sql`and (o.uscc, k.agency_id::text) > (${input.after.uscc}, ${input.after.agencyId})`;
  const result = await sql<CapBreachRow>`
    with caps as ${capsInForceSql(scope, input.year)},
    counts as (
      select e.object_id, e.agency_id, count(distinct e.check_ref)::int as n, count(distinct e.check_ref) filter (where e.exempt)::int as exempt
      from ${ledgerEvents(scope, { year: input.year })} e where ${agencyIn('e.agency_id', input.agencyIds)}
      group by e.object_id, e.agency_id
    ),
    capped as (
      select k.*, ${capOf('k.agency_id', 'o')} as max_per_year, o.uscc, o.name as object_name
      from counts k join object o on o.region_code = ${scope.regionCode} and o.id = k.object_id
    )
    select k.object_id, k.uscc, k.object_name, k.agency_id, a.name as agency_name, k.n as checks, k.exempt as exempt_checks, k.max_per_year,
           coalesce((
             select json_agg(json_build_object('statedExemption', v.stated_exemption, 'approvedByName', u.display_name,
                                               'approvedAt', to_char(v.approved_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD')) order by v.approved_at)
             from inspection_cap_override v join app_user u on u.region_code = v.region_code and u.id = v.approved_by
             where v.region_code = ${scope.regionCode} and v.year = ${input.year} and v.agency_id = k.agency_id and v.object_id = k.object_id
           ), '[]'::json) as approvals
    from capped k
    join agency a on a.region_code = ${scope.regionCode} and a.id = k.agency_id
    where k.n > k.max_per_year ${after}
    order by k.uscc, k.agency_id::text
    limit ${input.limit + 1}`.execute(db);
  const rows = result.rows.slice(0, input.limit);
  const last = rows[rows.length - 1];
  return { rows, next: result.rows.length > input.limit && last ? { uscc: last.uscc, agencyId: last.agencyId } : null };
}

/** Records the head's approval of a check past a cap with the exemption stated (专项 checks of the agency's own). */
export function recordCapOverride(
  db: Executor,
  scope: RegionScope,
  input: {
    agencyId: string;
    objectId: string;
    year: number;
    checkKind: InspectionKind;
    checkRef: string | null;
    statedExemption: string;
    approvedBy: string;
    at: Date;
  },
): Promise<string> {
  const { at, ...fields } = input;
  return insertInRegion(db, scope, 'inspectionCapOverride', { ...fields, approvedAt: at });
}

/** The class an enterprise's caps are looked up by (its sector and risk class), or undefined outside the region. */
export async function enterpriseClass(db: Executor, scope: RegionScope, objectId: string): Promise<{ sectorCode: string; riskClass: RiskClass } | undefined> {
  const result = await sql<{ sectorCode: string; riskClass: RiskClass }>`
    select sector_code, risk_class from object where region_code = ${scope.regionCode} and id = ${objectId}`.execute(db);
  return result.rows[0];
}
