import { sql, type Kysely } from 'kysely';

/**
 * Announced public randomness (issue 15, protocol §4.1.1): an external entropy source may name
 * the future public value it takes — a lottery draw (name, 期号) or a beacon round (name, URL,
 * round) and the instant after which it exists. Stored as the protocol's announcement object
 * (validated by the domain before insert), copied into the commitment at the freeze.
 */
const statements = [
  `alter table draw_entropy
     add column announcement jsonb,
     add constraint draw_entropy_announcement_external check (announcement is null or source_kind = 'external')`,
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await sql.raw('alter table draw_entropy drop column if exists announcement').execute(db);
}
