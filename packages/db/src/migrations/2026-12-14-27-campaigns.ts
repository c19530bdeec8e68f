import { sql, type Kysely } from 'kysely';

/**
 * 专项检查 (issue 14, §2): an agency's campaign under a 检查计划 approved by the leadership group
 * (acting for the county government), filed (备案) and published before any of its checks, within
 * the agency's yearly quota (`campaign_quota`, set by the leadership group; absent: the domain's
 * default). `level` says who deployed it: `higher` (上级部署) is exempt from the per-enterprise
 * frequency caps. Each step keeps who took it and when.
 *
 * A campaign's checks are `case_check` rows of kind `campaign` (the same approval, 检查码 and
 * completion): they name their campaign instead of a trigger.
 */
const statements = [
  `create table inspection_campaign (
     region_code char(6) not null references region(code),
     id uuid not null default gen_random_uuid(),
     agency_id uuid not null,
     year integer not null check (year between 2000 and 2100),
     name text not null check (length(name) between 1 and 200),
     legal_basis text not null check (length(legal_basis) between 1 and 1000),
     content text not null check (length(content) between 1 and 4000),
     scope_sectors text[] not null default '{}',
     scope_count integer check (scope_count is null or scope_count > 0),
     scope_note text not null default '' check (length(scope_note) <= 1000),
     level text not null default 'own' check (level in ('own', 'higher')),
     deployed_by text check (length(deployed_by) between 1 and 200),
     window_from date not null,
     window_to date not null,
     status text not null default 'draft' check (status in ('draft', 'submitted', 'approved', 'filed', 'published', 'closed', 'rejected', 'withdrawn')),
     created_by uuid not null,
     created_at timestamptz not null default now(),
     submitted_by uuid,
     submitted_at timestamptz,
     decided_by uuid,
     decided_at timestamptz,
     decision_note text check (length(decision_note) <= 500),
     filed_by uuid,
     filed_at timestamptz,
     filing_no text check (length(filing_no) between 1 and 100),
     filed_with text check (length(filed_with) between 1 and 200),
     published_by uuid,
     published_at timestamptz,
     closed_by uuid,
     closed_at timestamptz,
     withdrawn_by uuid,
     withdrawn_at timestamptz,
     updated_at timestamptz not null default now(),
     primary key (region_code, id),
     check (window_to >= window_from),
     check (extract(year from window_from) = year and extract(year from window_to) = year),
     check ((level = 'higher') = (deployed_by is not null)),
     check (status <> 'rejected' or decision_note is not null),
     check (status not in ('approved', 'filed', 'published', 'closed', 'rejected') or decided_by is not null),
     check (status not in ('filed', 'published', 'closed') or (filing_no is not null and filed_with is not null and filed_by is not null)),
     check (status not in ('published', 'closed') or published_at is not null),
     foreign key (region_code, agency_id) references agency(region_code, id),
     foreign key (region_code, created_by) references app_user(region_code, id),
     foreign key (region_code, submitted_by) references app_user(region_code, id),
     foreign key (region_code, decided_by) references app_user(region_code, id),
     foreign key (region_code, filed_by) references app_user(region_code, id),
     foreign key (region_code, published_by) references app_user(region_code, id),
     foreign key (region_code, closed_by) references app_user(region_code, id),
     foreign key (region_code, withdrawn_by) references app_user(region_code, id)
   )`,
  // An index per offered order (created, state, window start), the id ending each key as in the listing's cursor.
  `create index inspection_campaign_order_created_at_idx on inspection_campaign (region_code, created_at, id)`,
  `create index inspection_campaign_order_status_idx on inspection_campaign (region_code, status, id)`,
  `create index inspection_campaign_order_window_from_idx on inspection_campaign (region_code, window_from, id)`,
  // The agency's own listing, and the quota's count of its campaigns of a year.
  `create index inspection_campaign_agency_idx on inspection_campaign (region_code, agency_id, year, status)`,
  // The public portal's listing: published campaigns, newest publication first.
  `create index inspection_campaign_published_idx on inspection_campaign (region_code, published_at, id) where status in ('published', 'closed')`,
  `create table campaign_quota (
     region_code char(6) not null references region(code),
     agency_id uuid not null,
     year integer not null check (year between 2000 and 2100),
     quota integer not null check (quota between 0 and 100),
     set_by uuid not null,
     set_at timestamptz not null default now(),
     primary key (region_code, agency_id, year),
     foreign key (region_code, agency_id) references agency(region_code, id),
     foreign key (region_code, set_by) references app_user(region_code, id)
   )`,
  // A campaign's checks reuse the 个案检查 machinery: a kind, and the campaign in place of a trigger.
  `alter table case_check add column kind text not null default 'case' check (kind in ('case', 'campaign'))`,
  `alter table case_check add column campaign_id uuid`,
  `alter table case_check add constraint case_check_campaign_fk foreign key (region_code, campaign_id) references inspection_campaign(region_code, id)`,
  `alter table case_check alter column trigger drop not null`,
  `alter table case_check add constraint case_check_kind_fields check (
     (kind = 'case' and trigger is not null and campaign_id is null) or (kind = 'campaign' and campaign_id is not null)
   )`,
  `create index case_check_campaign_idx on case_check (region_code, campaign_id, requested_at, id) where campaign_id is not null`,
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await sql.raw('drop index if exists case_check_campaign_idx').execute(db);
  await sql.raw('alter table case_check drop constraint if exists case_check_kind_fields').execute(db);
  await sql.raw('alter table case_check drop constraint if exists case_check_campaign_fk').execute(db);
  await sql.raw('alter table case_check drop column if exists campaign_id').execute(db);
  await sql.raw('alter table case_check drop column if exists kind').execute(db);
  await sql.raw('drop table if exists campaign_quota').execute(db);
  await sql.raw('drop table if exists inspection_campaign').execute(db);
}
