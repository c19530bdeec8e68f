// A province's year of inspections for bench:api: the demo region's 2020 (its joint tasks with their
// participants, items, inspectors, draws, results, checks, teams, check results and publications)
// copied `copies` times onto the synthetic objects, then hazards and sanctions found on a share of
// those checks. Ids of copies are md5 of the original id and the copy's number, so two builds hold the
// same rows; everything is INSERT … SELECT, one statement per table.
//
// The copies keep the demo's dates (2020) and its draws' bundles (which name the demo's own objects):
// they are data to list, count and open, not draws to verify.
import type { Sql } from 'postgres';

const REGION = '350881';

/** The demo year's tables, parents first; `where` narrows the rows copied. */
const COPIED: { table: string; where?: string }[] = [
  { table: 'joint_task' },
  { table: 'joint_task_participant' },
  { table: 'joint_task_item' },
  { table: 'joint_task_inspector' },
  { table: 'draw' },
  { table: 'draw_entropy' },
  { table: 'draw_result' },
  { table: 'draw_substitution' },
  { table: 'check' },
  { table: 'team_member' },
  { table: 'check_result' },
  { table: 'follow_up_action' },
  // Notices of the year's tasks and their results (the plan and item list stay the demo's own).
  { table: 'publication', where: `t.kind in ('joint_task', 'draw', 'result', 'substitution')` },
];

/** A copy's id: the original's md5 with the copy number, shaped as a v4 UUID (the API accepts only those). */
const copiedId = (column: string) => `overlay(overlay(md5(t.${column}::text || '|' || g.k) placing '4' from 13) placing 'a' from 17)::uuid`;

/** The synthetic object that stands for an object of the demo year in copy k (one per object and copy, none shared). */
async function mapObjects(sql: Sql, copies: number): Promise<void> {
  await sql`drop table if exists bench_object_map`;
  await sql`create temp table bench_object_map as
    select g.k, d.id as demo_id, o.id as object_id, o.uscc
    from (select id, row_number() over (order by id) - 1 as no, count(*) over () as n from (
            select object_id as id from draw_result where region_code = ${REGION}
            union select object_id from "check" where region_code = ${REGION}
            union select replaced_object_id from draw_substitution where region_code = ${REGION}
            union select substitute_object_id from draw_substitution where region_code = ${REGION}) used) d
    cross join generate_series(1, ${copies}) g(k)
    join object o on o.region_code = ${REGION}
      and o.id = overlay(overlay(md5('liancha-bench-api-2026|object|350881|' || (1000000 + (g.k - 1) * d.n + d.no)) placing '4' from 13) placing 'a' from 17)::uuid`;
  await sql`create index on bench_object_map (k, demo_id)`;
  await sql`analyze bench_object_map`;
}

/** Each column of `table` as the copy writes it. */
async function copyExpressions(sql: Sql, table: string): Promise<{ column: string; expression: string }[]> {
  const columns = await sql<{ name: string }[]>`
    select column_name as name from information_schema.columns
    where table_schema = 'public' and table_name = ${table} and is_identity = 'NO' and is_generated = 'NEVER'
    order by ordinal_position`;
  const references = await sql<{ column: string; target: string }[]>`
    select a.attname as column, c.confrelid::regclass::text as target
    from pg_constraint c join unnest(c.conkey) k(attnum) on true
    join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum
    where c.contype = 'f' and c.conrelid = ${`public."${table}"`}::regclass and a.attname <> 'region_code'`;
  const copiedTables = new Set(COPIED.map((c) => c.table));
  const targetOf = new Map(references.map((r) => [r.column, r.target.replace(/"/g, '')]));
  return columns.map(({ name }) => {
    const target = targetOf.get(name);
    const objectOf = (column: string) => `(select m.object_id from bench_object_map m where m.k = g.k and m.demo_id = t.${column})`;
    let expression = `t.${name}`;
    if (name === 'id' || (target && copiedTables.has(target)) || (table === 'publication' && name === 'subject_id')) expression = copiedId(name);
    else if (target === 'object') expression = objectOf(name);
    else if (table === 'draw_result' && name === 'uscc') expression = `(select m.uscc from bench_object_map m where m.k = g.k and m.demo_id = t.object_id)`;
    else if (table === 'joint_task' && name === 'code') expression = `t.code || '-' || g.k`;
    else if (table === 'joint_task' && name === 'title') expression = `t.title || '（第' || g.k || '批）'`;
    return { column: `"${name}"`, expression };
  });
}

async function copyTable(sql: Sql, table: string, where: string | undefined, copies: number): Promise<number> {
  const columns = await copyExpressions(sql, table);
  const statement = `insert into "${table}" (${columns.map((c) => c.column).join(', ')})
    select ${columns.map((c) => c.expression).join(', ')}
    from "${table}" t cross join generate_series(1, ${copies}) g(k)
    where t.region_code = '${REGION}'${where ? ` and ${where}` : ''}`;
  const result = await sql.unsafe(statement);
  return result.count;
}

/** Hazards on one check in eight (one in eight of them major, under county supervision), sanctions on one in sixteen. */
async function addOutcomes(sql: Sql): Promise<{ hazards: number; sanctions: number }> {
  const copiedChecks = `select c.id, c.object_id, j.lead_agency_id as agency_id, coalesce(c.ended_on, c.started_on, j.inspection_starts_on, date '2020-06-01') as on_day,
      ('x' || substr(md5(c.id::text || '|outcome'), 1, 8))::bit(32)::bigint as h
    from "check" c join joint_task j on j.region_code = c.region_code and j.id = c.task_id
    where c.region_code = '${REGION}' and j.id not in (select id from bench_demo_task)`;
  const hazards = await sql.unsafe(`insert into hazard (id, region_code, check_id, object_id, agency_id, severity, description, found_on,
      rectification_deadline, status, listing_level, supervising_body, listed_at, listing_deadline)
    select overlay(overlay(md5(c.id::text || '|hazard') placing '4' from 13) placing 'a' from 17)::uuid, '${REGION}', c.id, c.object_id, c.agency_id,
      case when c.h % 8 = 0 then 'major' else 'ordinary' end,
      (array['消防通道堵塞','安全出口标志缺失','危化品储存不规范','特种作业人员无证上岗','应急预案未演练','电气线路私拉乱接','粉尘清扫记录缺失','有限空间作业未审批'])[1 + c.h % 8 / 1],
      c.on_day, c.on_day + 30,
      case when c.h % 8 = 0 then (array['listed','written_off','acceptance_requested'])[1 + (c.h / 8) % 3] else (array['open','rectified','reinspected'])[1 + (c.h / 8) % 3] end,
      case when c.h % 8 = 0 then 'county' end, case when c.h % 8 = 0 then '漳平市人民政府安全生产委员会' end,
      case when c.h % 8 = 0 then c.on_day::timestamptz end, case when c.h % 8 = 0 then c.on_day + 60 end
    from (${copiedChecks}) c where (c.h / 64) % 8 = 0`);
  const sanctions = await sql.unsafe(`insert into sanction (id, region_code, check_id, object_id, agency_id, decision_no, basis, penalty, fine_fen,
      decided_on, status, approved_at, published_at, penalty_categories, publicity_ends_on)
    select overlay(overlay(md5(c.id::text || '|sanction') placing '4' from 13) placing 'a' from 17)::uuid, '${REGION}', c.id, c.object_id, c.agency_id,
      -- B: the bench's own numbers, apart from the demo year's 漳应急罚〔2020〕1号.
      '漳应急罚〔2020〕B' || row_number() over (order by c.id) || '号', '《中华人民共和国安全生产法》第九十九条', '警告并处罚款',
      (1 + c.h % 50) * 100000, c.on_day + 20,
      (array['published','published','approved','draft'])[1 + (c.h / 8) % 4],
      case when (c.h / 8) % 4 < 3 then (c.on_day + 21)::timestamptz end, case when (c.h / 8) % 4 < 2 then (c.on_day + 22)::timestamptz end,
      array['warning','fine'], (c.on_day + 20 + interval '1 year')::date
    from (${copiedChecks}) c where (c.h / 64) % 16 = 1`);
  return { hazards: hazards.count, sanctions: sanctions.count };
}

export async function buildYear(sql: Sql, copies: number, log: (line: string) => void): Promise<void> {
  const started = performance.now();
  await mapObjects(sql, copies);
  await sql`drop table if exists bench_demo_task`;
  await sql`create temp table bench_demo_task as select id from joint_task where region_code = ${REGION}`;
  for (const { table, where } of COPIED) {
    const at = performance.now();
    const rows = await copyTable(sql, table, where, copies);
    log(`${REGION} 2020 × ${copies}: ${table} ${rows} rows in ${((performance.now() - at) / 1000).toFixed(1)} s`);
  }
  const outcomes = await addOutcomes(sql);
  log(`${REGION} 2020 × ${copies}: ${outcomes.hazards} hazards and ${outcomes.sanctions} sanctions on the copied checks`);
  log(`${REGION} 2020 × ${copies}: built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
