import { sql, type Kysely } from 'kysely';

/**
 * 年度检查频次上限 (issue 14, `frequencyCapLedger`): the caps each agency publishes per enterprise
 * class (a sector, optionally one risk class) and year, as versions — a new version supersedes the
 * last, every version is kept (`inspection_cap_version` with its lines in `inspection_cap_line`).
 * `inspection_cap_override` records the head's approval of a check past a cap with the exemption
 * stated (专项 checks of the agency's own; the leadership group reads them beside the breaches).
 *
 * The ledger itself is counted from the checks (drawn checks with their task's confirmed agencies,
 * case checks approved or done); the indexes below let it read one enterprise's checks, and the
 * case checks of a year or a recent window, without scanning the table.
 */
const statements = [
  `create table inspection_cap_version (
     region_code char(6) not null references region(code),
     id uuid not null default gen_random_uuid(),
     agency_id uuid not null,
     year int not null check (year between 2000 and 2100),
     version int not null check (version >= 1),
     note text not null default '' check (length(note) <= 1000),
     published_by uuid not null,
     published_at timestamptz not null default now(),
     primary key (region_code, id),
     unique (region_code, agency_id, year, version),
     foreign key (region_code, agency_id) references agency(region_code, id),
     foreign key (region_code, published_by) references app_user(region_code, id)
   )`,
  // The public portal and the leadership group read the latest version of every agency of a year.
  `create index inspection_cap_version_year_idx on inspection_cap_version (region_code, year, agency_id, version)`,
  `create table inspection_cap_line (
     region_code char(6) not null,
     version_id uuid not null,
     line_no int not null check (line_no >= 1),
     sector_code text not null references sector(code),
     risk_class text check (risk_class in ('A', 'B', 'C', 'D')),
     expected_per_year int not null check (expected_per_year >= 0),
     max_per_year int not null check (max_per_year between 1 and 52),
     primary key (region_code, version_id, line_no),
     unique nulls not distinct (region_code, version_id, sector_code, risk_class),
     check (expected_per_year <= max_per_year),
     foreign key (region_code, version_id) references inspection_cap_version(region_code, id)
   )`,
  `create table inspection_cap_override (
     region_code char(6) not null references region(code),
     id uuid not null default gen_random_uuid(),
     agency_id uuid not null,
     object_id uuid not null,
     year int not null check (year between 2000 and 2100),
     check_kind text not null check (check_kind in ('routine', 'campaign', 'case')),
     check_ref uuid,
     stated_exemption text not null check (length(stated_exemption) between 1 and 1000),
     approved_by uuid not null,
     approved_at timestamptz not null default now(),
     primary key (region_code, id),
     foreign key (region_code, agency_id) references agency(region_code, id),
     foreign key (region_code, object_id) references object(region_code, id),
     foreign key (region_code, approved_by) references app_user(region_code, id)
   )`,
  `create index inspection_cap_override_year_idx on inspection_cap_override (region_code, year, agency_id, object_id)`,
  // The case checks that count (approved or done) of a year or a recent window, by the day they count on.
  `create index case_check_ledger_day_idx on case_check (region_code, (coalesce(ended_on, window_from))) where status in ('approved', 'done')`,
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await sql.raw('drop index if exists case_check_ledger_day_idx').execute(db);
  await sql.raw('drop table if exists inspection_cap_override').execute(db);
  await sql.raw('drop table if exists inspection_cap_line').execute(db);
  await sql.raw('drop table if exists inspection_cap_version').execute(db);
}
