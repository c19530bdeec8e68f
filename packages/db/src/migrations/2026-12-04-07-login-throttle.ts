import { sql, type Kysely } from 'kysely';

/**
 * Login throttling state, one row per key: an account (the normalised username, whether or not
 * such a user exists, so an unknown name is throttled exactly like a known one) or a client
 * address (IPv4, or an IPv6 /64). Not a tenant table: a name or an address belongs to no region
 * before the login succeeds. Tenant access to it always goes through app_user (region-scoped).
 * The API runs several workers: this table, not memory, is the only throttle state.
 */
const statements = [
  `create table login_throttle (
     key_kind text not null check (key_kind in ('account','address')),
     key text not null check (length(key) between 1 and 200),
     failures int not null default 0 check (failures >= 0),
     last_failure_at timestamptz,
     next_attempt_at timestamptz,
     locked_at timestamptz,
     locked_until timestamptz,
     locks int not null default 0 check (locks >= 0),
     refused int not null default 0 check (refused >= 0),
     last_refused_at timestamptz,
     updated_at timestamptz not null default now(),
     primary key (key_kind, key),
     check ((locked_at is null) = (locked_until is null))
   )`,
  `create index login_throttle_locked_idx on login_throttle (locked_until) where locked_until is not null`,
  `create index login_throttle_updated_idx on login_throttle (updated_at)`,
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await sql.raw(`drop table login_throttle`).execute(db);
}
