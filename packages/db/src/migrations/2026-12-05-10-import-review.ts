import { sql, type Kysely } from 'kysely';

/**
 * Imports of the files clerks actually have (issue 12):
 * - a job keeps its refused rows (to download and fix), the new words it proposes, the sheet
 *   it read, and a `committing` state while its rows are written in the background;
 * - `import_batch`: the before and after of every committed row, one row per batch of the
 *   upsert. The audit chain records one event per batch carrying the SHA-256 of that batch's
 *   canonical JSON, so the chain still proves every row without one hashed event per row;
 * - `vocabulary_mapping`: what an agency's own words mean (油漆经营 → 危险化学品经营), applied
 *   to its next file;
 * - `sector.region_code`: a sub-sector a region created for its own files (null: national).
 */
const statements = [
  `alter table import_job drop constraint import_job_status_check`,
  `alter table import_job add constraint import_job_status_check
     check (status in ('parsing','ready','failed','committing','committed'))`,
  `alter table import_job add column refused jsonb not null default '[]'`,
  `alter table import_job add column proposals jsonb not null default '[]'`,
  `alter table import_job add column sheet_name text`,
  `create table import_batch (
     region_code char(6) not null,
     job_id uuid not null,
     batch_no int not null check (batch_no >= 1),
     first_row int not null,
     last_row int not null,
     row_count int not null check (row_count >= 1),
     rows jsonb not null,
     sha256 char(64) not null,
     primary key (region_code, job_id, batch_no),
     foreign key (region_code, job_id) references import_job(region_code, id) on delete cascade
   )`,
  `create table vocabulary_mapping (
     id uuid primary key default gen_random_uuid(),
     region_code char(6) not null,
     agency_id uuid not null,
     list text not null check (list in ('subSector','objectTag','expertise','unit')),
     parent_code text not null default '',
     source_key text not null check (btrim(source_key) <> ''),
     source_text text not null,
     target_code text not null,
     created_by uuid not null,
     created_at timestamptz not null default now(),
     unique (region_code, agency_id, list, parent_code, source_key),
     foreign key (region_code, agency_id) references agency(region_code, id),
     foreign key (region_code, created_by) references app_user(region_code, id)
   )`,
  `alter table sector add column region_code char(6) references region(code)`,
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const statement of [
    'alter table sector drop column region_code',
    'drop table if exists vocabulary_mapping',
    'drop table if exists import_batch',
    'alter table import_job drop column sheet_name',
    'alter table import_job drop column proposals',
    'alter table import_job drop column refused',
  ])
    await sql.raw(statement).execute(db);
}
