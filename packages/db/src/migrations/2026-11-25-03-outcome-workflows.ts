import { sql, type Kysely } from 'kysely';

/**
 * What a check leads to, as workflows: hazards (ordinary 整改/复查; major 挂牌督办 → 五落实 →
 * 验收 → 核销 or escalation), sanctions (draft → approved → published, then immutable) and the
 * object's credit record. Due dates of the 10-day windows are stored when the window opens, so
 * "overdue" is a plain comparison in SQL and in memory alike.
 */
const statements = [
  // ── hazard ────────────────────────────────────────────────────────────────
  `alter table hazard add column rectified_on date`,
  `alter table hazard add column reinspection_due date`,
  `alter table hazard add column reinspected_on date`,
  `alter table hazard add column plan_filed_at timestamptz`,
  `alter table hazard add column acceptance_due date`,
  `alter table hazard add column escalation_measures text[] not null default '{}'`,
  // An ordinary hazard never enters the major workflow and vice versa.
  `alter table hazard add constraint hazard_status_by_severity check (
     (severity = 'ordinary' and status in ('open','rectified','reinspected'))
     or (severity = 'major' and status in ('open','listed','acceptance_requested','accepted','written_off','escalated')))`,
  `alter table hazard add constraint hazard_listing_complete check (
     status in ('open','rectified','reinspected')
     or (listing_level is not null and supervising_body is not null and listing_deadline is not null and listed_at is not null))`,
  `create index hazard_agency_status_idx on hazard (region_code, agency_id, status)`,
  `create index hazard_object_idx on hazard (region_code, object_id)`,

  // ── hazard_progress: one row per step, the hazard's timeline ──────────────
  `alter table hazard_progress drop constraint hazard_progress_kind_check`,
  `alter table hazard_progress add constraint hazard_progress_kind_check check (kind in (
     'rectification','reinspection','listing','plan','progress','acceptance_request','acceptance','write_off','escalation'))`,
  `alter table hazard_progress add column outcome text check (outcome in ('passed','failed'))`,
  `alter table hazard_progress add column new_deadline date`,
  `alter table hazard_progress add column details jsonb not null default '{}'`,
  // Steps of one transaction share a timestamp; seq keeps their order.
  `alter table hazard_progress add column seq bigint generated always as identity`,
  `create index hazard_progress_hazard_idx on hazard_progress (region_code, hazard_id, seq)`,

  // ── follow_up_action ──────────────────────────────────────────────────────
  `create index follow_up_action_check_idx on follow_up_action (region_code, check_id)`,
  `create index follow_up_action_agency_status_idx on follow_up_action (region_code, agency_id, status)`,

  // ── sanction: the leader approves, the coordinator publishes ───────────────
  `alter table sanction drop constraint sanction_status_check`,
  `alter table sanction add constraint sanction_status_check check (status in ('draft','approved','published'))`,
  `alter table sanction add column approved_by uuid`,
  `alter table sanction add column approved_at timestamptz`,
  `alter table sanction add column published_by uuid`,
  `alter table sanction add column published_at timestamptz`,
  `alter table sanction add column updated_at timestamptz not null default now()`,
  `alter table sanction add constraint sanction_approved_by_fk foreign key (region_code, approved_by) references app_user(region_code, id)`,
  `alter table sanction add constraint sanction_published_by_fk foreign key (region_code, published_by) references app_user(region_code, id)`,
  `create index sanction_object_idx on sanction (region_code, object_id)`,
  // A published decision is public record: the database itself refuses to change or delete it.
  `create function liancha_sanction_published_immutable() returns trigger language plpgsql as $$
   begin
     if old.status = 'published' then
       raise exception 'sanction % is published: % refused', old.id, tg_op using errcode = 'insufficient_privilege';
     end if;
     if tg_op = 'DELETE' then return old; end if;
     return new;
   end
   $$`,
  `create trigger sanction_published_immutable before update or delete on sanction
     for each row execute function liancha_sanction_published_immutable()`,

  // ── credit_record: hazards feed it too ────────────────────────────────────
  `alter table credit_record drop constraint credit_record_kind_check`,
  `alter table credit_record add constraint credit_record_kind_check check (kind in (
     'result','sanction','class_change','dishonest','dishonest_lifted','hazard_listed','hazard_escalated','hazard_written_off'))`,
  `alter table credit_record add column seq bigint generated always as identity`,
  `create index credit_record_object_idx on credit_record (region_code, object_id, seq)`,
  `create index object_dishonest_idx on object (region_code) where dishonest`,

  // ── attachment: upload order, for listing ─────────────────────────────────
  `alter table attachment add column seq bigint generated always as identity`,
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const statement of [
    `alter table attachment drop column seq`,
    `drop index if exists object_dishonest_idx`,
    `drop index if exists credit_record_object_idx`,
    `alter table credit_record drop column seq`,
    `delete from credit_record where kind in ('hazard_listed','hazard_escalated','hazard_written_off')`,
    `alter table credit_record drop constraint credit_record_kind_check`,
    `alter table credit_record add constraint credit_record_kind_check check (kind in ('result','sanction','class_change','dishonest','dishonest_lifted'))`,
    `drop trigger if exists sanction_published_immutable on sanction`,
    `drop function if exists liancha_sanction_published_immutable()`,
    `drop index if exists sanction_object_idx`,
    `alter table sanction drop constraint sanction_published_by_fk`,
    `alter table sanction drop constraint sanction_approved_by_fk`,
    `alter table sanction drop column updated_at`,
    `alter table sanction drop column published_at`,
    `alter table sanction drop column published_by`,
    `alter table sanction drop column approved_at`,
    `alter table sanction drop column approved_by`,
    `update sanction set status = 'draft' where status = 'approved'`,
    `alter table sanction drop constraint sanction_status_check`,
    `alter table sanction add constraint sanction_status_check check (status in ('draft','published'))`,
    `drop index if exists follow_up_action_agency_status_idx`,
    `drop index if exists follow_up_action_check_idx`,
    `drop index if exists hazard_progress_hazard_idx`,
    `alter table hazard_progress drop column seq`,
    `alter table hazard_progress drop column details`,
    `alter table hazard_progress drop column new_deadline`,
    `alter table hazard_progress drop column outcome`,
    `delete from hazard_progress where kind not in ('progress','reinspection','acceptance','escalation')`,
    `alter table hazard_progress drop constraint hazard_progress_kind_check`,
    `alter table hazard_progress add constraint hazard_progress_kind_check check (kind in ('progress','reinspection','acceptance','escalation'))`,
    `drop index if exists hazard_object_idx`,
    `drop index if exists hazard_agency_status_idx`,
    `alter table hazard drop constraint hazard_listing_complete`,
    `alter table hazard drop constraint hazard_status_by_severity`,
    `alter table hazard drop column escalation_measures`,
    `alter table hazard drop column acceptance_due`,
    `alter table hazard drop column plan_filed_at`,
    `alter table hazard drop column reinspected_on`,
    `alter table hazard drop column reinspection_due`,
    `alter table hazard drop column rectified_on`,
  ]) {
    await sql.raw(statement).execute(db);
  }
}
