import { sql, type Kysely } from 'kysely';

/**
 * The enterprise's own area (issue 14, the 2025 rules).
 *
 * - `enterprise_activation`: one-time codes bound to an enterprise (printed on a check notice, or
 *   handed over by an agency's administrator); only the SHA-256 of the code is kept.
 * - `enterprise_session`: an enterprise's sessions, found by the token's hash like `user_session`.
 * - `recusal_request`: 回避 of a named officer of a drawn check, decided by the head of the
 *   officer's agency; a grant names the registry conflict it made and the draw's recusal entry.
 * - Ratings are kept so that nobody reading the database can tell which enterprise gave which:
 *   `check_rating_mark` only says that a check was rated (one rating per check), and
 *   `inspection_rating` holds the scores once per inspecting agency with nothing but their group
 *   (agency, year, kind) and a random `rating_id` shared by those rows (so the region counts a
 *   rating once) — no check, no enterprise, no time. The leadership group reads aggregates of ≥ 5.
 * - `enterprise_complaint`: a complaint about a check, read by the leadership group.
 * - `draw_pool_member`: who was in each frozen pool (stratum) or left out of it (the reasons), written
 *   when the task is first published, so an enterprise finds the draws that named it by one index
 *   lookup instead of reading every draw's inputs; the draws frozen before are filled in here.
 */
const statements = [
  `create table enterprise_activation (
     region_code char(6) not null references region(code),
     id uuid not null default gen_random_uuid(),
     object_id uuid not null,
     code_hash text not null check (code_hash ~ '^[0-9a-f]{64}$'),
     source text not null check (source in ('notice', 'agency')),
     check_id uuid,
     issued_by uuid,
     issued_at timestamptz not null default now(),
     expires_at timestamptz not null,
     redeemed_at timestamptz,
     primary key (region_code, id),
     unique (region_code, code_hash),
     check ((source = 'notice') = (check_id is not null)),
     foreign key (region_code, object_id) references object(region_code, id),
     foreign key (region_code, check_id) references "check"(region_code, id),
     foreign key (region_code, issued_by) references app_user(region_code, id)
   )`,
  `create index enterprise_activation_object_idx on enterprise_activation (region_code, object_id, issued_at)`,
  `create table enterprise_session (
     region_code char(6) not null references region(code),
     id text not null check (id ~ '^[0-9a-f]{64}$'),
     object_id uuid not null,
     activation_id uuid not null,
     created_at timestamptz not null default now(),
     expires_at timestamptz not null,
     last_seen_at timestamptz not null default now(),
     revoked_at timestamptz,
     user_agent text,
     ip text,
     primary key (region_code, id),
     foreign key (region_code, object_id) references object(region_code, id),
     foreign key (region_code, activation_id) references enterprise_activation(region_code, id)
   )`,
  // A session is found by the token's hash alone: the region is not known before.
  `create index enterprise_session_id_idx on enterprise_session (id)`,
  `create table recusal_request (
     region_code char(6) not null references region(code),
     id uuid not null default gen_random_uuid(),
     object_id uuid not null,
     check_id uuid not null,
     inspector_id uuid not null,
     agency_id uuid not null,
     reason text not null check (length(reason) between 1 and 500),
     status text not null default 'pending' check (status in ('pending', 'granted', 'refused')),
     requested_at timestamptz not null default now(),
     decided_by uuid,
     decided_at timestamptz,
     decision_note text check (length(decision_note) <= 500),
     conflict_id uuid,
     recusal_seq integer,
     primary key (region_code, id),
     check ((status = 'pending') = (decided_by is null) and (decided_by is null) = (decided_at is null)),
     check ((status = 'granted') = (conflict_id is not null)),
     foreign key (region_code, object_id) references object(region_code, id),
     foreign key (region_code, check_id) references "check"(region_code, id),
     foreign key (region_code, inspector_id) references inspector(region_code, id),
     foreign key (region_code, agency_id) references agency(region_code, id),
     foreign key (region_code, decided_by) references app_user(region_code, id),
     foreign key (region_code, conflict_id) references conflict(region_code, id)
   )`,
  // One open request per officer and check; the agency's queue in request order.
  `create unique index recusal_request_open_idx on recusal_request (region_code, check_id, inspector_id) where status = 'pending'`,
  `create index recusal_request_agency_idx on recusal_request (region_code, agency_id, status, requested_at, id)`,
  `create index recusal_request_object_idx on recusal_request (region_code, object_id, requested_at)`,
  `create table check_rating_mark (
     region_code char(6) not null references region(code),
     check_kind text not null check (check_kind in ('drawn', 'case')),
     check_id uuid not null,
     primary key (region_code, check_kind, check_id)
   )`,
  `create table inspection_rating (
     region_code char(6) not null references region(code),
     id uuid not null default gen_random_uuid(),
     rating_id uuid not null,
     agency_id uuid not null,
     year integer not null check (year between 2000 and 2100),
     check_kind text not null check (check_kind in ('drawn', 'case')),
     conduct smallint not null check (conduct between 1 and 5),
     burden smallint not null check (burden between 1 and 5),
     improper boolean not null,
     primary key (region_code, id),
     foreign key (region_code, agency_id) references agency(region_code, id)
   )`,
  `create index inspection_rating_group_idx on inspection_rating (region_code, year, agency_id)`,
  `create table enterprise_complaint (
     region_code char(6) not null references region(code),
     id uuid not null default gen_random_uuid(),
     object_id uuid not null,
     check_kind text not null check (check_kind in ('drawn', 'case')),
     check_id uuid not null,
     body text not null check (length(body) between 1 and 2000),
     -- Milliseconds, as the keyset cursor carries them (a JavaScript Date): no row hides between two.
     created_at timestamptz not null default date_trunc('milliseconds', now()),
     primary key (region_code, id),
     foreign key (region_code, object_id) references object(region_code, id)
   )`,
  `create index enterprise_complaint_order_idx on enterprise_complaint (region_code, created_at, id)`,
  `create table draw_pool_member (
     region_code char(6) not null,
     draw_id uuid not null,
     uscc text not null,
     stratum text not null,
     excluded_for text[],
     primary key (region_code, draw_id, uscc),
     foreign key (region_code, draw_id) references draw(region_code, id)
   )`,
  `create index draw_pool_member_uscc_idx on draw_pool_member (region_code, uscc)`,
  `insert into draw_pool_member (region_code, draw_id, uscc, stratum, excluded_for)
   select d.region_code, d.id, o.uscc, s.value->>'id', null
   from draw d, jsonb_array_elements((d.commitment_inputs::jsonb)->'pool'->'strata') s, jsonb_array_elements_text(s.value->'objects') o(uscc)
   where d.commitment_inputs is not null`,
  `insert into draw_pool_member (region_code, draw_id, uscc, stratum, excluded_for)
   select d.region_code, d.id, e.value->>'uscc', e.value->>'stratum', array(select jsonb_array_elements_text(e.value->'reasons'))
   from draw d, jsonb_array_elements((d.commitment_inputs::jsonb)->'pool'->'excluded') e
   where d.commitment_inputs is not null
   on conflict do nothing`,
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'draw_pool_member',
    'enterprise_complaint',
    'inspection_rating',
    'check_rating_mark',
    'recusal_request',
    'enterprise_session',
    'enterprise_activation',
  ])
    await sql.raw(`drop table if exists ${table}`).execute(db);
}
