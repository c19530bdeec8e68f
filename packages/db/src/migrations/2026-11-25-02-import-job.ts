import { sql, type Kysely } from 'kysely';

/**
 * Registry imports run as jobs: the file is parsed in the background with its progress
 * kept here (any API instance can answer "how far along"), the user looks at the
 * preview, then commits the stored valid rows in one transaction.
 */
const statements = [
  `create table import_job (
     id uuid primary key default gen_random_uuid(),
     region_code char(6) not null,
     agency_id uuid not null,
     user_id uuid not null,
     kind text not null check (kind in ('inspectionItem','object','inspector')),
     filename text not null,
     file_sha256 char(64) not null,
     size_bytes int not null check (size_bytes >= 0),
     status text not null default 'parsing' check (status in ('parsing','ready','failed','committed')),
     phase text not null default 'reading',
     progress_done int not null default 0,
     progress_total int not null default 0,
     format text,
     encoding text,
     total_rows int,
     issues jsonb not null default '[]',
     records jsonb,
     error text,
     summary jsonb,
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now(),
     committed_at timestamptz,
     unique (region_code, id),
     foreign key (region_code, agency_id) references agency(region_code, id),
     foreign key (region_code, user_id) references app_user(region_code, id)
   )`,
  `create index import_job_user_idx on import_job (region_code, user_id, created_at desc)`,
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await sql.raw('drop table if exists import_job').execute(db);
}
