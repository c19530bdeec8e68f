import { sql, type Kysely } from 'kysely';

/**
 * Publication rules the database keeps even under concurrent requests:
 * - one original publication per subject and agency for plans, tasks, results and sanctions
 *   (results: one per agency per check, 谁检查、谁公开); everything after it is a correction;
 * - a publication is corrected at most once, so corrections form a chain whose last link is
 *   the version in force;
 * - the public portal lists a region's publications newest first.
 */
const statements = [
  `create unique index publication_original_unique on publication (region_code, kind, subject_id, agency_id)
     where corrects_id is null and kind in ('annual_plan','joint_task','result','sanction')`,
  `create unique index publication_corrected_once on publication (region_code, corrects_id) where corrects_id is not null`,
  `create index publication_region_published_idx on publication (region_code, published_at desc)`,
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const index of ['publication_region_published_idx', 'publication_corrected_once', 'publication_original_unique']) {
    await sql.raw(`drop index if exists ${index}`).execute(db);
  }
}
