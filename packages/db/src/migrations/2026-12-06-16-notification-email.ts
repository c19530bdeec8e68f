import { sql, type Kysely } from 'kysely';

/**
 * E-mail for notifications, off unless an SMTP server is configured: a user may give an address;
 * a notification to a user with one is queued (`email_state = 'pending'`) in the same insert, and
 * the API's mailer sends the queue and marks each row sent or failed (after three attempts), or
 * expired when it waited a day (the in-app list still has it).
 */
const statements = [
  `alter table app_user add column email text check (email is null or (length(email) <= 254 and email ~ '^[^@[:space:]]+@[^@[:space:]]+$'))`,
  `alter table notification add column email_state text check (email_state in ('pending', 'sent', 'failed', 'expired'))`,
  `alter table notification add column email_attempts int not null default 0`,
  `alter table notification add column emailed_at timestamptz`,
  `create index notification_email_pending on notification (region_code, created_at) where email_state = 'pending'`,
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await sql.raw('drop index if exists notification_email_pending').execute(db);
  for (const column of ['email_state', 'email_attempts', 'emailed_at']) await sql.raw(`alter table notification drop column if exists ${column}`).execute(db);
  await sql.raw('alter table app_user drop column if exists email').execute(db);
}
