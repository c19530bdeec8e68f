import { sql, type Kysely } from 'kysely';

/**
 * The job queue: long work (parsing and writing an import, running a draw) is enqueued in the
 * transaction of the request that asks for it and run by a job runner, which claims a row with
 * `FOR UPDATE SKIP LOCKED` so that two API processes never run one job twice. A running job's
 * runner beats its heart every few seconds; a job whose heart stopped (its process died) is
 * queued again. One live job per subject (an import, a draw): a second enqueue finds the first.
 * `input` holds an uploaded file until its job has read it; `error_data` a refusal's reason and
 * issues, for the request that waits on the job to answer with them.
 */
const statements = [
  `create table job (
     region_code char(6) not null references region(code),
     id uuid not null default gen_random_uuid(),
     kind text not null check (kind in ('import_parse', 'import_commit', 'draw_freeze', 'draw_run')),
     subject_id uuid not null,
     payload jsonb not null default '{}',
     input bytea,
     status text not null default 'queued' check (status in ('queued', 'running', 'done', 'failed')),
     attempts integer not null default 0,
     run_after timestamptz not null default now(),
     claimed_by text,
     heartbeat_at timestamptz,
     finished_at timestamptz,
     error text,
     error_data jsonb,
     created_by uuid,
     created_at timestamptz not null default now(),
     primary key (region_code, id)
   )`,
  `create index job_queued_idx on job (run_after) where status = 'queued'`,
  `create index job_running_idx on job (heartbeat_at) where status = 'running'`,
  `create unique index job_live_subject_idx on job (region_code, kind, subject_id) where status in ('queued', 'running')`,
  `create index job_subject_idx on job (region_code, subject_id, created_at desc)`,
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await sql.raw('drop table if exists job').execute(db);
}
