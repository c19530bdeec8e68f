import { sql, type Kysely } from 'kysely';

/**
 * 行政检查审批 for drawn checks (issue 14): the head of each agency taking part in a joint task
 * approves its checks once, after the draw (`joint_task_participant.checks_approved_*`). When the
 * last approval is in, every check of the task gets its 检查码 (`check.inspection_code`, as a
 * 个案检查's: unguessable, unique in the region). On site the inspectors check in and out by
 * scanning the enterprise's licence code (`checked_in_*`, `checked_out_*`); results of a check
 * without check-in need the stated reason (`no_check_in_reason`).
 */
const CODE = `'^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$'`;
const statements = [
  `alter table joint_task_participant
     add column checks_approved_by uuid,
     add column checks_approved_at timestamptz,
     add column checks_approval_note text check (length(checks_approval_note) <= 500),
     add constraint joint_task_participant_checks_approved_by_fkey foreign key (region_code, checks_approved_by) references app_user(region_code, id),
     add constraint joint_task_participant_checks_approval_check check ((checks_approved_by is null) = (checks_approved_at is null))`,
  `alter table "check"
     add column inspection_code text check (inspection_code ~ ${CODE}),
     add column checked_in_at timestamptz,
     add column checked_in_by uuid,
     add column checked_out_at timestamptz,
     add column checked_out_by uuid,
     add column no_check_in_reason text check (length(no_check_in_reason) between 1 and 500),
     add constraint check_checked_in_by_fkey foreign key (region_code, checked_in_by) references app_user(region_code, id),
     add constraint check_checked_out_by_fkey foreign key (region_code, checked_out_by) references app_user(region_code, id),
     add constraint check_check_in_check check ((checked_in_by is null) = (checked_in_at is null) and (checked_out_by is null) = (checked_out_at is null)),
     add constraint check_check_out_after_in check (checked_out_at is null or (checked_in_at is not null and checked_out_at >= checked_in_at))`,
  `create unique index check_inspection_code_idx on "check" (region_code, inspection_code) where inspection_code is not null`,
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await sql.raw('drop index if exists check_inspection_code_idx').execute(db);
  for (const column of ['inspection_code', 'checked_in_at', 'checked_in_by', 'checked_out_at', 'checked_out_by', 'no_check_in_reason'])
    await sql.raw(`alter table "check" drop column if exists ${column}`).execute(db);
  for (const column of ['checks_approved_by', 'checks_approved_at', 'checks_approval_note'])
    await sql.raw(`alter table joint_task_participant drop column if exists ${column}`).execute(db);
}
