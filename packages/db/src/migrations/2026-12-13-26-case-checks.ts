import { sql, type Kysely } from 'kysely';

/**
 * 个案检查 (issue 14, §1): a check of one enterprise by one agency for a stated trigger, outside any
 * draw, approved by the agency head before it happens (行政检查审批) — or, in an emergency, recorded
 * once done and approved afterwards (`emergency`). Its officers are listed in `case_check_officer`.
 * An approved check carries its 检查码 (`inspection_code`, unguessable, unique in the region): the
 * enterprise scans or types it on the public portal to see the check is lawful.
 * Keys carry the region like every tenant table (docs/scale-out.md).
 */
const statements = [
  `create table case_check (
     region_code char(6) not null references region(code),
     id uuid not null default gen_random_uuid(),
     agency_id uuid not null,
     object_id uuid not null,
     trigger text not null check (trigger in ('complaint', 'referral', 'monitoring_lead', 'rectification_review', 'enterprise_request', 'licence_verification', 'other')),
     reason text not null check (length(reason) between 1 and 2000),
     legal_basis text not null check (length(legal_basis) between 1 and 1000),
     window_from date not null,
     window_to date not null,
     emergency boolean not null default false,
     status text not null default 'submitted' check (status in ('submitted', 'approved', 'rejected', 'done', 'withdrawn')),
     requested_by uuid not null,
     requested_at timestamptz not null default now(),
     decided_by uuid,
     decided_at timestamptz,
     decision_note text,
     ended_on date,
     findings text,
     inspection_code text check (inspection_code ~ '^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$'),
     updated_at timestamptz not null default now(),
     primary key (region_code, id),
     check (window_to >= window_from),
     check (status not in ('approved', 'rejected', 'done') or decided_by is not null),
     check ((status = 'done') = (ended_on is not null)),
     check ((status in ('approved', 'done')) = (inspection_code is not null) or status = 'withdrawn'),
     foreign key (region_code, agency_id) references agency(region_code, id),
     foreign key (region_code, object_id) references object(region_code, id),
     foreign key (region_code, requested_by) references app_user(region_code, id),
     foreign key (region_code, decided_by) references app_user(region_code, id)
   )`,
  // An index per offered order (requested, state), the id ending each key as in the listing's cursor.
  `create index case_check_order_requested_at_idx on case_check (region_code, requested_at, id)`,
  `create index case_check_order_status_idx on case_check (region_code, status, id)`,
  `create index case_check_agency_idx on case_check (region_code, agency_id, requested_at, id)`,
  `create index case_check_object_idx on case_check (region_code, object_id)`,
  `create unique index case_check_inspection_code_idx on case_check (region_code, inspection_code) where inspection_code is not null`,
  `create table case_check_officer (
     region_code char(6) not null,
     case_check_id uuid not null,
     inspector_id uuid not null,
     primary key (region_code, case_check_id, inspector_id),
     foreign key (region_code, case_check_id) references case_check(region_code, id),
     foreign key (region_code, inspector_id) references inspector(region_code, id)
   )`,
  `create index case_check_officer_inspector_idx on case_check_officer (region_code, inspector_id, case_check_id)`,
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await sql.raw('drop table if exists case_check_officer').execute(db);
  await sql.raw('drop table if exists case_check').execute(db);
}
