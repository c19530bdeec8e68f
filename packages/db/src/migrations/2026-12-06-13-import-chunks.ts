import { sql, type Kysely } from 'kysely';

/**
 * The valid rows of a previewed import are kept in chunks of about a thousand instead of one
 * jsonb array on the job: the parser writes them chunk by chunk and the commit reads them back
 * one chunk at a time, so a 100,000-row file never has to be one JSON text in the API's memory.
 * `import_job.records` stays for jobs previewed before this migration (read when a job has no
 * chunks).
 */
const statements = [
  `create table import_job_chunk (
     region_code char(6) not null,
     job_id uuid not null,
     chunk_no int not null check (chunk_no >= 1),
     row_count int not null check (row_count >= 1),
     rows jsonb not null,
     primary key (region_code, job_id, chunk_no),
     foreign key (region_code, job_id) references import_job(region_code, id) on delete cascade
   )`,
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await sql.raw('drop table if exists import_job_chunk').execute(db);
}
