import { sql, type Kysely } from 'kysely';

/**
 * The draw ceremony in the database: a draw row exists from the moment the lead opens the
 * ceremony (agencies commit their secrets' hashes), gets its commitment when frozen, and its
 * bundle when drawn. Entropy rows carry the protocol's source id and declaration.
 */
const statements = [
  `alter table draw drop constraint draw_status_check`,
  `alter table draw add constraint draw_status_check check (status in ('open','frozen','drawn','cancelled'))`,
  `alter table draw alter column status set default 'open'`,
  `alter table draw alter column commitment drop not null`,
  `alter table draw alter column commitment_inputs drop not null`,
  `alter table draw alter column frozen_at drop not null`,
  `alter table draw alter column frozen_at drop default`,
  `alter table draw add column opened_by uuid`,
  `alter table draw add column opened_at timestamptz not null default now()`,
  `alter table draw add column reveal_deadline timestamptz`,
  `alter table draw add constraint draw_frozen_has_commitment check (status in ('open','cancelled') or (commitment is not null and commitment_inputs is not null))`,
  `alter table draw add constraint draw_opened_by_fk foreign key (region_code, opened_by) references app_user(region_code, id)`,
  `alter table draw_entropy add column source_id text`,
  `alter table draw_entropy add column digits int check (digits between 1 and 64)`,
  `alter table draw_entropy add column description text`,
  `alter table draw_entropy add constraint draw_entropy_source_unique unique (draw_id, source_id)`,
  `alter table check_result add column submitted_at timestamptz`,
  `alter table "check" add column replaced_by_substitution int`,
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const statement of [
    `alter table "check" drop column replaced_by_substitution`,
    `alter table check_result drop column submitted_at`,
    `alter table draw_entropy drop constraint draw_entropy_source_unique`,
    `alter table draw_entropy drop column description`,
    `alter table draw_entropy drop column digits`,
    `alter table draw_entropy drop column source_id`,
    `alter table draw drop constraint draw_opened_by_fk`,
    `alter table draw drop constraint draw_frozen_has_commitment`,
    `alter table draw drop column reveal_deadline`,
    `alter table draw drop column opened_at`,
    `alter table draw drop column opened_by`,
  ]) {
    await sql.raw(statement).execute(db);
  }
}
