import { sql, type Kysely } from 'kysely';

/**
 * 补录: a task entered after its inspections began (a past-dated window) says why, and the reason
 * goes on its 公示. Null for a task created before its window, as every task was until now.
 */
const statements = [
  `alter table joint_task add column backfill_reason text`,
  `alter table joint_task add constraint joint_task_backfill_reason_filled check (backfill_reason is null or length(btrim(backfill_reason)) > 0)`,
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await sql.raw('alter table joint_task drop column if exists backfill_reason').execute(db);
}
