import { sql, type Kysely } from 'kysely';

/**
 * Keys a sharded PostgreSQL (Citus) can distribute by region (docs/scale-out.md): every primary key
 * and unique constraint of a tenant table starts with `region_code`, and every foreign key between
 * tenant tables carries it on both sides. Ids are region-local already, so nothing unique today
 * stops being unique; `distribution.int.test.ts` reads the catalog and holds the schema to it.
 *
 * - Primary keys on `id` (or on two ids) become `(region_code, …)`, replacing the
 *   `unique (region_code, id)` the composite foreign keys pointed at; those foreign keys are
 *   dropped and made again against the new key, unchanged.
 * - Unique constraints without the region get it in front.
 * - A login names no region, so user names stay unique across the platform in `login_name`, a
 *   table every node would hold (a reference table), written beside the user.
 * - The platform's own audit events (no region: a failed login with an unknown name) move to
 *   `platform_audit_event`, a chain of their own as before; `audit_event.region_code` is then
 *   never null. Rows are moved, not changed: every hash still holds.
 * - Sessions are found by the token's hash alone (the region is not known before): an index on
 *   `user_session (id)` serves that lookup.
 * - The triggers that keep `object.supervising_agency_ids` find objects and links by region and id.
 * - A reference table cannot point at a distributed one: `holiday_schedule.entered_by` keeps the
 *   user's id without the foreign key (the audit chain records who entered a schedule).
 * - `audit_event.actor_user_id` records who acted, not a reference: a national holiday schedule
 *   saved by a user of one region writes events in every region it moves deadlines in, and a
 *   foreign key between distributed tables must stay within one region. It keeps no foreign key.
 */

/** Tables whose primary key becomes `(region_code, …columns)`. */
const PRIMARY_KEYS: Record<string, string[]> = {
  agency: ['id'],
  unit: ['id'],
  app_user: ['id'],
  user_session: ['id'],
  tag: ['id'],
  inspection_item: ['id'],
  object: ['id'],
  object_supervision: ['object_id', 'agency_id'],
  inspector: ['id'],
  conflict: ['id'],
  annual_plan: ['id'],
  annual_plan_item: ['plan_id', 'item_id'],
  plan_batch: ['id'],
  joint_task: ['id'],
  joint_task_participant: ['id'],
  joint_task_item: ['task_id', 'item_id'],
  joint_task_inspector: ['task_id', 'inspector_id'],
  draw: ['id'],
  draw_entropy: ['id'],
  draw_result: ['draw_id', 'object_id'],
  draw_substitution: ['id'],
  check: ['id'],
  team_member: ['check_id', 'inspector_id'],
  check_result: ['id'],
  follow_up_action: ['id'],
  attachment: ['id'],
  hazard: ['id'],
  hazard_progress: ['id'],
  sanction: ['id'],
  credit_record: ['id'],
  publication: ['id'],
  supervision_note: ['id'],
  audit_event: ['seq'],
  import_job: ['id'],
  vocabulary_mapping: ['id'],
};

/** Unique constraints that get the region in front: table, old constraint, columns after region_code. */
const UNIQUES: [string, string, string][] = [
  ['app_user', 'app_user_username_key', 'username'],
  ['inspector', 'inspector_user_id_key', 'user_id'],
  ['check', 'check_task_id_object_id_key', 'task_id, object_id'],
  ['check_result', 'check_result_check_id_item_id_key', 'check_id, item_id'],
  ['draw', 'draw_task_id_key', 'task_id'],
  ['draw_entropy', 'draw_entropy_draw_id_label_key', 'draw_id, label'],
  ['draw_entropy', 'draw_entropy_source_unique', 'draw_id, source_id'],
  ['draw_substitution', 'draw_substitution_draw_id_seq_key', 'draw_id, seq'],
  ['plan_batch', 'plan_batch_plan_id_seq_key', 'plan_id, seq'],
  ['audit_event', 'audit_event_hash_key', 'hash'],
];

const before = [
  // The platform's chain moves out of audit_event (its triggers refuse deletes: this move is the one exception).
  `create table platform_audit_event (
     seq bigint generated always as identity primary key,
     -- Always null: kept so that both chains share one row shape and one hash.
     region_code char(6) check (region_code is null),
     actor_user_id uuid,
     action text not null,
     subject_kind text not null,
     subject_id text,
     before jsonb,
     after jsonb,
     occurred_at timestamptz not null default now(),
     prev_hash char(64) not null,
     hash char(64) not null unique,
     chain_seq bigint not null unique
   )`,
  `insert into platform_audit_event (seq, region_code, actor_user_id, action, subject_kind, subject_id, before, after, occurred_at, prev_hash, hash, chain_seq)
     overriding system value
     select seq, region_code, actor_user_id, action, subject_kind, subject_id, before, after, occurred_at, prev_hash, hash, chain_seq
     from audit_event where region_code is null order by seq`,
  `select setval(pg_get_serial_sequence('platform_audit_event', 'seq'), coalesce((select max(seq) from platform_audit_event), 0) + 1, false)`,
  `alter table audit_event disable trigger audit_event_append_only`,
  `delete from audit_event where region_code is null`,
  `alter table audit_event enable trigger audit_event_append_only`,
  `alter table audit_event alter column region_code set not null`,
  `create trigger platform_audit_event_append_only before update or delete on platform_audit_event
     for each row execute function liancha_refuse_change()`,
  `create trigger platform_audit_event_no_truncate before truncate on platform_audit_event
     for each statement execute function liancha_refuse_change()`,
  `create or replace function liancha_audit_chain_seq() returns trigger language plpgsql as $$
   begin
     select coalesce(max(chain_seq), 0) + 1 into new.chain_seq from audit_event where region_code = new.region_code;
     return new;
   end
   $$`,
  `create function liancha_platform_audit_chain_seq() returns trigger language plpgsql as $$
   begin
     select coalesce(max(chain_seq), 0) + 1 into new.chain_seq from platform_audit_event;
     return new;
   end
   $$`,
  `create trigger platform_audit_event_chain_seq before insert on platform_audit_event
     for each row when (new.chain_seq is null) execute function liancha_platform_audit_chain_seq()`,
  `drop index audit_event_chain_seq_idx`,
  `create unique index audit_event_chain_seq_idx on audit_event (region_code, chain_seq)`,

  // Foreign keys on a user id alone: they carry the region now.
  `alter table user_session drop constraint user_session_user_id_fkey`,
  `alter table audit_event drop constraint audit_event_actor_user_id_fkey`,
  `alter table holiday_schedule drop constraint holiday_schedule_entered_by_fkey`,
  `drop index user_session_user_idx`,

  // User names: unique across the platform, in a table of their own.
  `create table login_name (
     username text primary key,
     region_code char(6) not null references region(code),
     user_id uuid not null
   )`,
  `insert into login_name (username, region_code, user_id) select username, region_code, id from app_user`,
];

/** The objects named by a transition table, found by their key (region and id) now that the id alone is not one. */
const refreshSupervising = (changed: string) => `
  update object o set supervising_agency_ids = coalesce(
    (select array_agg(s.agency_id::text order by s.agency_id) from object_supervision s
      where s.region_code = o.region_code and s.object_id = o.id), '{}')
  where (o.region_code, o.id) in (select region_code, object_id from ${changed})`;

const after = [
  `create or replace function liancha_object_supervision_inserted() returns trigger language plpgsql as $$
   begin ${refreshSupervising('inserted')}; return null; end $$`,
  `create or replace function liancha_object_supervision_deleted() returns trigger language plpgsql as $$
   begin ${refreshSupervising('deleted')}; return null; end $$`,
  `create or replace function liancha_object_supervision_updated() returns trigger language plpgsql as $$
   begin ${refreshSupervising('(select region_code, object_id from deleted union select region_code, object_id from inserted) as changed')}; return null; end $$`,
  `alter table user_session add foreign key (region_code, user_id) references app_user (region_code, id)`,
  `create index user_session_user_idx on user_session (region_code, user_id)`,
  `create index user_session_token_idx on user_session (id)`,
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of before) await sql.raw(statement).execute(db);
  for (const [table, columns] of Object.entries(PRIMARY_KEYS)) await rekey(db, table, columns);
  for (const [table, constraint, columns] of UNIQUES) {
    const name = `${table}_region_code_${columns.replace(/, /g, '_')}_key`;
    await sql.raw(`alter table "${table}" drop constraint ${constraint}, add constraint ${name} unique (region_code, ${columns})`).execute(db);
  }
  await sql
    .raw(
      `alter table joint_task_participant drop constraint joint_task_participant_task_id_agency_id_unit_id_key,
         add constraint joint_task_participant_region_code_task_id_agency_id_unit_id_key unique nulls not distinct (region_code, task_id, agency_id, unit_id)`,
    )
    .execute(db);
  for (const statement of after) await sql.raw(statement).execute(db);
}

/**
 * Make `(region_code, …columns)` the table's primary key. The foreign keys pointing at the table
 * depend on the index they were made against, so they are dropped first and made again after,
 * from their own definitions.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function rekey(db: Kysely<any>, table: string, columns: string[]): Promise<void> {
  const referencing = await sql<{ owner: string; name: string; definition: string }>`
    select c.conrelid::regclass::text as owner, c.conname as name, pg_get_constraintdef(c.oid) as definition
    from pg_constraint c where c.contype = 'f' and c.confrelid = ${`"${table}"`}::regclass order by 1, 2`.execute(db);
  for (const fk of referencing.rows) await sql.raw(`alter table ${fk.owner} drop constraint ${fk.name}`).execute(db);
  const replaced = await sql<{ name: string }>`
    select c.conname as name from pg_constraint c
    where c.conrelid = ${`"${table}"`}::regclass
      and (c.contype = 'p'
           or (c.contype = 'u' and c.conkey = array(select a.attnum from unnest(array['region_code', ${sql.join(columns)}]::text[]) with ordinality k(col, i)
                                                   join pg_attribute a on a.attrelid = c.conrelid and a.attname = k.col order by k.i)::int2[]))`.execute(db);
  const drops = replaced.rows.map((r) => `drop constraint ${r.name}`);
  await sql.raw(`alter table "${table}" ${[...drops, `add constraint ${table}_pkey primary key (region_code, ${columns.join(', ')})`].join(', ')}`).execute(db);
  for (const fk of referencing.rows) await sql.raw(`alter table ${fk.owner} add constraint ${fk.name} ${fk.definition}`).execute(db);
}
