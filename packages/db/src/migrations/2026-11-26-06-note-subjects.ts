import { sql, type Kysely } from 'kysely';

/**
 * A 督办单 may be about one hazard of the addressed agency (a link, not words in its text), and
 * its 办结 keeps who closed it, when, and the leadership's closing remark.
 */
const statements = [
  `alter table supervision_note add column hazard_id uuid`,
  `alter table supervision_note add constraint supervision_note_hazard_fk foreign key (region_code, hazard_id) references hazard(region_code, id)`,
  `alter table supervision_note add column closed_by uuid`,
  `alter table supervision_note add constraint supervision_note_closed_by_fk foreign key (region_code, closed_by) references app_user(region_code, id)`,
  `alter table supervision_note add column closed_at timestamptz`,
  `alter table supervision_note add column close_remark text`,
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const statement of [
    `alter table supervision_note drop column close_remark`,
    `alter table supervision_note drop column closed_at`,
    `alter table supervision_note drop constraint supervision_note_closed_by_fk`,
    `alter table supervision_note drop column closed_by`,
    `alter table supervision_note drop constraint supervision_note_hazard_fk`,
    `alter table supervision_note drop column hazard_id`,
  ]) {
    await sql.raw(statement).execute(db);
  }
}
