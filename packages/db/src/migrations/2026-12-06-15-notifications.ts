import { sql, type Kysely } from 'kysely';

/**
 * 通知: one row per recipient, written in the same transaction as the step that causes it (an
 * invitation, a ceremony step, results to approve or publish, a 督办单, an import). The inbox reads
 * a user's newest first by keyset; the unread count uses the partial index.
 */
const statements = [
  `create table notification (
     region_code char(6) not null references region(code),
     id uuid not null default gen_random_uuid(),
     user_id uuid not null,
     kind text not null check (kind in ('task_invitation', 'commit_due', 'reveal_due', 'results_to_approve', 'results_to_publish', 'note_received', 'note_answered', 'import_finished')),
     title text not null check (length(title) between 1 and 500),
     link text not null default '' check (link = '' or link like '/%'),
     created_at timestamptz not null default now(),
     read_at timestamptz,
     primary key (region_code, id),
     foreign key (region_code, user_id) references app_user(region_code, id) on delete cascade
   )`,
  `create index notification_inbox on notification (region_code, user_id, created_at desc, id desc)`,
  `create index notification_unread on notification (region_code, user_id) where read_at is null`,
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await sql.raw('drop table if exists notification').execute(db);
}
