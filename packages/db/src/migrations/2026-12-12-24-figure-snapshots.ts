import { sql, type Kysely } from 'kysely';

/**
 * The leadership group's figures over a large year (tens of thousands of checks) are kept as
 * snapshots: one row per figure and question (its year, the agencies asked about, a page), with
 * when it was computed and how long that took. A view reads the snapshot and, once it is older
 * than the configured age, queues one `figure_refresh` job (one live job per snapshot), so the
 * year's checks are read at most once per interval instead of on every page view. Small regions
 * compute their figures on each view and keep no snapshot.
 */
const statements = [
  `create table figure_snapshot (
     region_code char(6) not null references region(code),
     figure text not null,
     key text not null,
     params jsonb not null,
     payload jsonb not null,
     computed_at timestamptz not null,
     duration_ms integer not null,
     primary key (region_code, figure, key)
   )`,
  `alter table job drop constraint job_kind_check`,
  `alter table job add constraint job_kind_check check (kind in ('import_parse', 'import_commit', 'draw_freeze', 'draw_run', 'figure_refresh'))`,
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await sql.raw(`delete from job where kind = 'figure_refresh'`).execute(db);
  await sql.raw('alter table job drop constraint job_kind_check').execute(db);
  await sql.raw(`alter table job add constraint job_kind_check check (kind in ('import_parse', 'import_commit', 'draw_freeze', 'draw_run'))`).execute(db);
  await sql.raw('drop table if exists figure_snapshot').execute(db);
}
