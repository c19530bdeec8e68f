import { sql, type Kysely } from 'kysely';

/**
 * The whole domain of DESIGN.md §2 in one first migration.
 *
 * Tenancy: every tenant row carries region_code, and references between tenant
 * rows are composite foreign keys (region_code, id) so that a row of one region
 * can never point at a row of another. Unique keys include region_code so the
 * schema can later be distributed by region (Citus).
 */
const statements: string[] = [
  // ── reference data ────────────────────────────────────────────────────────
  `create table region (
     code char(6) primary key check (code ~ '^[0-9]{6}$'),
     name text not null,
     parent_code char(6) references region(code),
     level text not null check (level in ('province','city','county')),
     created_at timestamptz not null default now()
   )`,
  `create table sector (
     code text primary key,
     name text not null,
     parent_code text references sector(code),
     sort_order int not null default 0
   )`,
  `create table township (
     region_code char(6) not null references region(code),
     code text not null check (code ~ '^[0-9]{9}$'),
     name text not null,
     primary key (region_code, code)
   )`,

  // ── organisation and people ───────────────────────────────────────────────
  `create table agency (
     id uuid primary key default gen_random_uuid(),
     region_code char(6) not null references region(code),
     code text not null,
     name text not null,
     short_name text not null,
     kind text not null,
     created_at timestamptz not null default now(),
     unique (region_code, code),
     unique (region_code, id)
   )`,
  `create table unit (
     id uuid primary key default gen_random_uuid(),
     region_code char(6) not null,
     agency_id uuid not null,
     code text not null,
     name text not null,
     kind text not null check (kind in ('division','center','team')),
     created_at timestamptz not null default now(),
     unique (region_code, agency_id, code),
     unique (region_code, id),
     foreign key (region_code, agency_id) references agency(region_code, id)
   )`,
  `create table app_user (
     id uuid primary key default gen_random_uuid(),
     region_code char(6) not null references region(code),
     agency_id uuid,
     unit_id uuid,
     username text not null unique check (username ~ '^[a-z0-9][a-z0-9._-]{2,63}$'),
     display_name text not null,
     password_hash text not null,
     roles text[] not null check (
       cardinality(roles) >= 1 and roles <@ array['platform_admin','agency_admin','coordinator','inspector','agency_leader','leadership_member']::text[]
     ),
     status text not null default 'active' check (status in ('active','disabled')),
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now(),
     unique (region_code, id),
     foreign key (region_code, agency_id) references agency(region_code, id),
     foreign key (region_code, unit_id) references unit(region_code, id)
   )`,
  `create table user_session (
     id char(64) primary key,
     user_id uuid not null references app_user(id),
     region_code char(6) not null references region(code),
     created_at timestamptz not null default now(),
     expires_at timestamptz not null,
     last_seen_at timestamptz not null default now(),
     revoked_at timestamptz,
     user_agent text,
     ip text
   )`,
  `create index user_session_user_idx on user_session (user_id)`,
  `create table tag (
     id uuid primary key default gen_random_uuid(),
     region_code char(6) not null references region(code),
     dimension text not null check (dimension in (
       'object_industry','object_domain','object_kind',
       'inspector_function','inspector_enforcement_kind','inspector_expertise')),
     code text not null,
     name text not null,
     archived_at timestamptz,
     unique (region_code, dimension, code)
   )`,

  // ── 一单两库: items, objects, inspectors ─────────────────────────────────────
  `create table inspection_item (
     id uuid primary key default gen_random_uuid(),
     region_code char(6) not null,
     agency_id uuid not null,
     code text not null,
     name text not null,
     sub_items jsonb not null default '[]',
     legal_basis text not null,
     category text not null check (category in ('general','key')),
     ratio_bp int check (ratio_bp between 0 and 10000),
     frequency text not null default '',
     method text not null default '',
     required_expertise text[] not null default '{}',
     applicable_sectors text[] not null default '{}',
     published_at timestamptz,
     archived_at timestamptz,
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now(),
     unique (region_code, agency_id, code),
     unique (region_code, id),
     foreign key (region_code, agency_id) references agency(region_code, id)
   )`,
  `create table object (
     id uuid primary key default gen_random_uuid(),
     region_code char(6) not null references region(code),
     uscc char(18) not null check (uscc ~ '^[0-9A-HJ-NPQRTUWXY]{18}$'),
     name text not null,
     legal_representative text not null default '',
     address text not null default '',
     township_code text not null,
     sector_code text not null references sector(code),
     sub_sector_code text references sector(code),
     risk_class char(1) not null check (risk_class in ('A','B','C','D')),
     supervision_category text not null default 'general' check (supervision_category in ('general','key')),
     licence_no text,
     licence_expiry date,
     status text not null default 'operating' check (status in ('operating','suspended','closed')),
     tags text[] not null default '{}',
     dishonest boolean not null default false,
     last_inspected_on date,
     archived_at timestamptz,
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now(),
     unique (region_code, uscc),
     unique (region_code, id),
     foreign key (region_code, township_code) references township(region_code, code)
   )`,
  `create index object_region_sector_idx on object (region_code, sector_code, risk_class)`,
  `create table object_supervision (
     region_code char(6) not null,
     object_id uuid not null,
     agency_id uuid not null,
     primary key (object_id, agency_id),
     foreign key (region_code, object_id) references object(region_code, id),
     foreign key (region_code, agency_id) references agency(region_code, id)
   )`,
  `create index object_supervision_agency_idx on object_supervision (region_code, agency_id)`,
  `create table inspector (
     id uuid primary key default gen_random_uuid(),
     region_code char(6) not null,
     agency_id uuid not null,
     unit_id uuid,
     user_id uuid unique,
     name text not null,
     gender text check (gender in ('male','female')),
     certificate_no text not null,
     certificate_expiry date not null,
     expertise text[] not null default '{}',
     is_expert boolean not null default false,
     status text not null default 'on_duty' check (status in ('on_duty','on_leave','transferred')),
     home_township_code text,
     phone text,
     archived_at timestamptz,
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now(),
     unique (region_code, certificate_no),
     unique (region_code, id),
     foreign key (region_code, agency_id) references agency(region_code, id),
     foreign key (region_code, unit_id) references unit(region_code, id),
     foreign key (region_code, user_id) references app_user(region_code, id),
     foreign key (region_code, home_township_code) references township(region_code, code)
   )`,
  `create table conflict (
     id uuid primary key default gen_random_uuid(),
     region_code char(6) not null,
     inspector_id uuid not null,
     object_id uuid not null,
     reason_code text not null check (reason_code in (
       'declared','enterprise_requested','recent_repeat','home_area','kinship','former_employment','other')),
     note text not null default '',
     valid_from date not null default current_date,
     valid_until date,
     created_by uuid,
     created_at timestamptz not null default now(),
     archived_at timestamptz,
     unique (region_code, id),
     foreign key (region_code, inspector_id) references inspector(region_code, id),
     foreign key (region_code, object_id) references object(region_code, id),
     foreign key (region_code, created_by) references app_user(region_code, id)
   )`,
  `create index conflict_inspector_idx on conflict (region_code, inspector_id)`,

  // ── plans and tasks ───────────────────────────────────────────────────────
  `create table annual_plan (
     id uuid primary key default gen_random_uuid(),
     region_code char(6) not null,
     agency_id uuid not null,
     year int not null check (year between 2000 and 2100),
     version int not null default 1 check (version >= 1),
     title text not null,
     status text not null default 'draft' check (status in ('draft','submitted','approved','rejected','published','superseded')),
     ratio_floor_bp int not null default 1000 check (ratio_floor_bp between 0 and 10000),
     frequency_caps jsonb not null default '{}',
     notes text not null default '',
     previous_version_id uuid,
     adjustment_reason text,
     created_by uuid,
     submitted_at timestamptz,
     approved_by uuid,
     approved_at timestamptz,
     published_at timestamptz,
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now(),
     unique (region_code, agency_id, year, version),
     unique (region_code, id),
     foreign key (region_code, agency_id) references agency(region_code, id),
     foreign key (region_code, previous_version_id) references annual_plan(region_code, id),
     foreign key (region_code, created_by) references app_user(region_code, id),
     foreign key (region_code, approved_by) references app_user(region_code, id)
   )`,
  `create table annual_plan_item (
     region_code char(6) not null,
     plan_id uuid not null,
     item_id uuid not null,
     primary key (plan_id, item_id),
     foreign key (region_code, plan_id) references annual_plan(region_code, id),
     foreign key (region_code, item_id) references inspection_item(region_code, id)
   )`,
  `create table plan_batch (
     id uuid primary key default gen_random_uuid(),
     region_code char(6) not null,
     plan_id uuid not null,
     seq int not null check (seq >= 1),
     name text not null,
     scope jsonb not null default '{}',
     quantity int check (quantity >= 0),
     ratio_bp int check (ratio_bp between 0 and 10000),
     starts_on date not null,
     ends_on date not null check (ends_on >= starts_on),
     unique (plan_id, seq),
     unique (region_code, id),
     foreign key (region_code, plan_id) references annual_plan(region_code, id)
   )`,
  `create table joint_task (
     id uuid primary key default gen_random_uuid(),
     region_code char(6) not null,
     lead_agency_id uuid not null,
     plan_batch_id uuid,
     ad_hoc boolean not null default false,
     kind text not null default 'inter_agency' check (kind in ('inter_agency','internal')),
     code text not null,
     title text not null,
     status text not null default 'draft' check (status in (
       'draft','inviting','ready','frozen','drawn','in_progress','completed','cancelled')),
     pool_filter jsonb not null default '{}',
     matrix jsonb not null default '{}',
     team_rules jsonb not null default '{}',
     inspection_starts_on date,
     inspection_ends_on date,
     created_by uuid,
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now(),
     check (ad_hoc or plan_batch_id is not null),
     unique (region_code, code),
     unique (region_code, id),
     foreign key (region_code, lead_agency_id) references agency(region_code, id),
     foreign key (region_code, plan_batch_id) references plan_batch(region_code, id),
     foreign key (region_code, created_by) references app_user(region_code, id)
   )`,
  `create table joint_task_participant (
     id uuid primary key default gen_random_uuid(),
     region_code char(6) not null,
     task_id uuid not null,
     agency_id uuid not null,
     unit_id uuid,
     role text not null check (role in ('lead','partner')),
     status text not null default 'invited' check (status in ('invited','confirmed','declined')),
     confirmed_by uuid,
     confirmed_at timestamptz,
     unique nulls not distinct (task_id, agency_id, unit_id),
     foreign key (region_code, task_id) references joint_task(region_code, id),
     foreign key (region_code, agency_id) references agency(region_code, id),
     foreign key (region_code, unit_id) references unit(region_code, id),
     foreign key (region_code, confirmed_by) references app_user(region_code, id)
   )`,
  `create index joint_task_participant_agency_idx on joint_task_participant (region_code, agency_id)`,
  `create table joint_task_item (
     region_code char(6) not null,
     task_id uuid not null,
     item_id uuid not null,
     agency_id uuid not null,
     primary key (task_id, item_id),
     foreign key (region_code, task_id) references joint_task(region_code, id),
     foreign key (region_code, item_id) references inspection_item(region_code, id),
     foreign key (region_code, agency_id) references agency(region_code, id)
   )`,
  `create table joint_task_inspector (
     region_code char(6) not null,
     task_id uuid not null,
     inspector_id uuid not null,
     agency_id uuid not null,
     primary key (task_id, inspector_id),
     foreign key (region_code, task_id) references joint_task(region_code, id),
     foreign key (region_code, inspector_id) references inspector(region_code, id),
     foreign key (region_code, agency_id) references agency(region_code, id)
   )`,

  // ── the draw ──────────────────────────────────────────────────────────────
  `create table draw (
     id uuid primary key default gen_random_uuid(),
     region_code char(6) not null,
     task_id uuid not null unique,
     algorithm text not null default 'liancha-draw/1',
     status text not null default 'frozen' check (status in ('frozen','drawn')),
     commitment char(64) not null check (commitment ~ '^[0-9a-f]{64}$'),
     commitment_inputs jsonb not null,
     frozen_by uuid,
     frozen_at timestamptz not null default now(),
     seed char(64),
     bundle jsonb,
     drawn_at timestamptz,
     unique (region_code, id),
     foreign key (region_code, task_id) references joint_task(region_code, id),
     foreign key (region_code, frozen_by) references app_user(region_code, id)
   )`,
  `create table draw_entropy (
     id uuid primary key default gen_random_uuid(),
     region_code char(6) not null,
     draw_id uuid not null,
     source_kind text not null check (source_kind in ('agency','witness','external')),
     agency_id uuid,
     label text not null,
     commitment_hash char(64),
     revealed_value text,
     committed_by uuid,
     committed_at timestamptz,
     revealed_by uuid,
     revealed_at timestamptz,
     unique (draw_id, label),
     foreign key (region_code, draw_id) references draw(region_code, id),
     foreign key (region_code, agency_id) references agency(region_code, id),
     foreign key (region_code, committed_by) references app_user(region_code, id),
     foreign key (region_code, revealed_by) references app_user(region_code, id)
   )`,
  `create table draw_result (
     region_code char(6) not null,
     draw_id uuid not null,
     object_id uuid not null,
     uscc char(18) not null,
     stratum text not null,
     ticket char(64) not null,
     rank int not null check (rank >= 1),
     outcome text not null check (outcome in ('drawn','substitute')),
     primary key (draw_id, object_id),
     foreign key (region_code, draw_id) references draw(region_code, id),
     foreign key (region_code, object_id) references object(region_code, id)
   )`,
  `create table draw_substitution (
     id uuid primary key default gen_random_uuid(),
     region_code char(6) not null,
     draw_id uuid not null,
     seq int not null check (seq >= 1),
     replaced_object_id uuid not null,
     substitute_object_id uuid not null,
     reason_code text not null,
     note text not null default '',
     created_by uuid,
     created_at timestamptz not null default now(),
     unique (draw_id, seq),
     foreign key (region_code, draw_id) references draw(region_code, id),
     foreign key (region_code, replaced_object_id) references object(region_code, id),
     foreign key (region_code, substitute_object_id) references object(region_code, id),
     foreign key (region_code, created_by) references app_user(region_code, id)
   )`,

  // ── checks, teams and results ─────────────────────────────────────────────
  `create table "check" (
     id uuid primary key default gen_random_uuid(),
     region_code char(6) not null,
     task_id uuid not null,
     draw_id uuid not null,
     object_id uuid not null,
     status text not null default 'planned' check (status in (
       'planned','notified','in_progress','recorded','approved','closed','cancelled')),
     scheduled_on date,
     started_on date,
     ended_on date,
     notice jsonb not null default '{}',
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now(),
     unique (task_id, object_id),
     unique (region_code, id),
     foreign key (region_code, task_id) references joint_task(region_code, id),
     foreign key (region_code, draw_id) references draw(region_code, id),
     foreign key (region_code, object_id) references object(region_code, id)
   )`,
  `create index check_object_idx on "check" (region_code, object_id)`,
  `create table team_member (
     region_code char(6) not null,
     check_id uuid not null,
     inspector_id uuid not null,
     agency_id uuid not null,
     role text not null default 'member' check (role in ('member','leader','expert')),
     ticket char(64) not null,
     primary key (check_id, inspector_id),
     foreign key (region_code, check_id) references "check"(region_code, id),
     foreign key (region_code, inspector_id) references inspector(region_code, id),
     foreign key (region_code, agency_id) references agency(region_code, id)
   )`,
  `create index team_member_inspector_idx on team_member (region_code, inspector_id)`,
  `create table check_result (
     id uuid primary key default gen_random_uuid(),
     region_code char(6) not null,
     check_id uuid not null,
     agency_id uuid not null,
     item_id uuid not null,
     result_code text not null,
     findings text not null default '',
     verification_methods text[] not null default '{}',
     status text not null default 'draft' check (status in ('draft','submitted','approved','returned')),
     return_reason text,
     recorded_by uuid,
     recorded_at timestamptz not null default now(),
     approved_by uuid,
     approved_at timestamptz,
     unique (check_id, item_id),
     unique (region_code, id),
     foreign key (region_code, check_id) references "check"(region_code, id),
     foreign key (region_code, agency_id) references agency(region_code, id),
     foreign key (region_code, item_id) references inspection_item(region_code, id),
     foreign key (region_code, recorded_by) references app_user(region_code, id),
     foreign key (region_code, approved_by) references app_user(region_code, id)
   )`,
  `create table follow_up_action (
     id uuid primary key default gen_random_uuid(),
     region_code char(6) not null,
     check_id uuid not null,
     agency_id uuid not null,
     kind text not null check (kind in (
       'rectify_by_deadline','case_filed','transfer_to_authority','transfer_to_judiciary','notify_department')),
     target text not null default '',
     deadline date,
     status text not null default 'open' check (status in ('open','closed')),
     note text not null default '',
     created_by uuid,
     created_at timestamptz not null default now(),
     closed_by uuid,
     closed_at timestamptz,
     closure_note text,
     unique (region_code, id),
     foreign key (region_code, check_id) references "check"(region_code, id),
     foreign key (region_code, agency_id) references agency(region_code, id),
     foreign key (region_code, created_by) references app_user(region_code, id),
     foreign key (region_code, closed_by) references app_user(region_code, id)
   )`,
  `create table attachment (
     id uuid primary key default gen_random_uuid(),
     region_code char(6) not null,
     agency_id uuid not null,
     owner_kind text not null check (owner_kind in ('check_result','hazard','hazard_progress','sanction','follow_up_action')),
     owner_id uuid not null,
     filename text not null,
     mime_type text not null,
     size_bytes int not null check (size_bytes >= 0),
     sha256 char(64) not null,
     storage_key text not null,
     uploaded_by uuid,
     uploaded_at timestamptz not null default now(),
     foreign key (region_code, agency_id) references agency(region_code, id),
     foreign key (region_code, uploaded_by) references app_user(region_code, id)
   )`,
  `create index attachment_owner_idx on attachment (region_code, owner_kind, owner_id)`,

  // ── hazards, sanctions, credit ────────────────────────────────────────────
  `create table hazard (
     id uuid primary key default gen_random_uuid(),
     region_code char(6) not null,
     check_id uuid,
     object_id uuid not null,
     agency_id uuid not null,
     severity text not null check (severity in ('ordinary','major')),
     description text not null,
     found_on date not null,
     rectification_deadline date,
     status text not null default 'open' check (status in (
       'open','rectified','reinspected','listed','acceptance_requested','accepted','written_off','escalated')),
     listing_level text check (listing_level in ('county','city','province')),
     supervising_body text,
     listed_at timestamptz,
     listing_deadline date,
     plan_responsibility text,
     plan_measures text,
     plan_funds text,
     plan_time_limit text,
     plan_contingency text,
     acceptance_requested_on date,
     accepted_on date,
     accepted_by uuid,
     written_off_at timestamptz,
     resumption_approved_by uuid,
     resumption_approved_at timestamptz,
     escalated_at timestamptz,
     escalation_note text,
     created_by uuid,
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now(),
     unique (region_code, id),
     foreign key (region_code, check_id) references "check"(region_code, id),
     foreign key (region_code, object_id) references object(region_code, id),
     foreign key (region_code, agency_id) references agency(region_code, id),
     foreign key (region_code, accepted_by) references app_user(region_code, id),
     foreign key (region_code, resumption_approved_by) references app_user(region_code, id),
     foreign key (region_code, created_by) references app_user(region_code, id)
   )`,
  `create table hazard_progress (
     id uuid primary key default gen_random_uuid(),
     region_code char(6) not null,
     hazard_id uuid not null,
     kind text not null check (kind in ('progress','reinspection','acceptance','escalation')),
     note text not null,
     reported_on date not null,
     reported_by uuid,
     created_at timestamptz not null default now(),
     foreign key (region_code, hazard_id) references hazard(region_code, id),
     foreign key (region_code, reported_by) references app_user(region_code, id)
   )`,
  `create table sanction (
     id uuid primary key default gen_random_uuid(),
     region_code char(6) not null,
     check_id uuid,
     object_id uuid not null,
     agency_id uuid not null,
     decision_no text not null,
     basis text not null,
     penalty text not null,
     fine_fen bigint check (fine_fen >= 0),
     decided_on date not null,
     status text not null default 'draft' check (status in ('draft','published')),
     created_by uuid,
     created_at timestamptz not null default now(),
     unique (region_code, decision_no),
     unique (region_code, id),
     foreign key (region_code, check_id) references "check"(region_code, id),
     foreign key (region_code, object_id) references object(region_code, id),
     foreign key (region_code, agency_id) references agency(region_code, id),
     foreign key (region_code, created_by) references app_user(region_code, id)
   )`,
  `create table credit_record (
     id uuid primary key default gen_random_uuid(),
     region_code char(6) not null,
     object_id uuid not null,
     agency_id uuid,
     kind text not null check (kind in ('result','sanction','class_change','dishonest','dishonest_lifted')),
     source_id uuid,
     previous_class char(1) check (previous_class in ('A','B','C','D')),
     new_class char(1) check (new_class in ('A','B','C','D')),
     reason text not null,
     recorded_by uuid,
     recorded_at timestamptz not null default now(),
     foreign key (region_code, object_id) references object(region_code, id),
     foreign key (region_code, agency_id) references agency(region_code, id),
     foreign key (region_code, recorded_by) references app_user(region_code, id)
   )`,

  // ── publication, oversight, audit ─────────────────────────────────────────
  `create table publication (
     id uuid primary key default gen_random_uuid(),
     region_code char(6) not null,
     agency_id uuid not null,
     kind text not null check (kind in ('item_list','annual_plan','joint_task','draw','result','sanction','substitution')),
     subject_id uuid not null,
     title text not null,
     payload jsonb not null,
     due_on date,
     published_at timestamptz not null default now(),
     published_by uuid,
     corrects_id uuid,
     unique (region_code, id),
     foreign key (region_code, agency_id) references agency(region_code, id),
     foreign key (region_code, published_by) references app_user(region_code, id),
     foreign key (region_code, corrects_id) references publication(region_code, id)
   )`,
  `create index publication_subject_idx on publication (region_code, kind, subject_id)`,
  `create table supervision_note (
     id uuid primary key default gen_random_uuid(),
     region_code char(6) not null,
     to_agency_id uuid not null,
     subject text not null,
     body text not null,
     due_on date,
     status text not null default 'open' check (status in ('open','responded','closed')),
     created_by uuid not null,
     created_at timestamptz not null default now(),
     response text,
     responded_by uuid,
     responded_at timestamptz,
     unique (region_code, id),
     foreign key (region_code, to_agency_id) references agency(region_code, id),
     foreign key (region_code, created_by) references app_user(region_code, id),
     foreign key (region_code, responded_by) references app_user(region_code, id)
   )`,
  `create table audit_event (
     seq bigint generated always as identity primary key,
     region_code char(6) references region(code),
     actor_user_id uuid references app_user(id),
     action text not null,
     subject_kind text not null,
     subject_id text,
     before jsonb,
     after jsonb,
     occurred_at timestamptz not null default now(),
     prev_hash char(64) not null,
     hash char(64) not null unique
   )`,
  `create index audit_event_region_idx on audit_event (region_code, seq)`,

  // Append-only and immutable tables: the database itself refuses changes.
  `create function liancha_refuse_change() returns trigger language plpgsql as $$
   begin
     raise exception '% is append-only: % refused', tg_table_name, tg_op
       using errcode = 'insufficient_privilege';
   end
   $$`,
  `create trigger audit_event_append_only before update or delete on audit_event
     for each row execute function liancha_refuse_change()`,
  `create trigger audit_event_no_truncate before truncate on audit_event
     for each statement execute function liancha_refuse_change()`,
  `create trigger publication_immutable before update or delete on publication
     for each row execute function liancha_refuse_change()`,
  `create trigger publication_no_truncate before truncate on publication
     for each statement execute function liancha_refuse_change()`,
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  const tables = [
    'audit_event', 'supervision_note', 'publication', 'credit_record', 'sanction', 'hazard_progress', 'hazard',
    'attachment', 'follow_up_action', 'check_result', 'team_member', '"check"', 'draw_substitution', 'draw_result',
    'draw_entropy', 'draw', 'joint_task_inspector', 'joint_task_item', 'joint_task_participant', 'joint_task',
    'plan_batch', 'annual_plan_item', 'annual_plan', 'conflict', 'inspector', 'object_supervision', 'object',
    'inspection_item', 'tag', 'user_session', 'app_user', 'unit', 'agency', 'township', 'sector', 'region',
  ];
  for (const table of tables) await sql.raw(`drop table if exists ${table} cascade`).execute(db);
  await sql.raw('drop function if exists liancha_refuse_change()').execute(db);
}
