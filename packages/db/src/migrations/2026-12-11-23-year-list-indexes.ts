import { sql, type Kysely } from 'kysely';

/**
 * A province's year (thousands of tasks, tens of thousands of checks, hazards and sanctions, tens of
 * thousands of inspectors) read a page at a time.
 *
 * Each order a listing offers reads an index in that order and stops after a page (the id ends each
 * key, as in the listing's order and its cursor): the tasks and checks lists became sorted listings,
 * and the other lists' orders had no index yet. The object registry's filters by township and by
 * sector, in its default order (name), read that township's or sector's objects in name order
 * instead of sorting all of them. The permission filter asks, row by row, whether an inspector, item
 * or object is one of the agency's tasks', and whether a task is one of its memberships.
 */
const ORDERS: Record<string, string[]> = {
  check: ['scheduled_on', 'created_at', 'updated_at', 'status'],
  joint_task: ['created_at', 'code', 'inspection_starts_on', 'status'],
  inspector: ['name', 'certificate_expiry', 'status', 'updated_at'],
  inspection_item: ['code', 'name', 'category', 'updated_at'],
  hazard: ['found_on', 'created_at', 'updated_at', 'rectification_deadline', 'listing_deadline', 'status'],
  sanction: ['decided_on', 'decision_no', 'created_at', 'status'],
  follow_up_action: ['created_at', 'deadline', 'kind', 'status'],
};

const OTHERS: [name: string, table: string, columns: string][] = [
  ['joint_task_participant_agency_task_idx', 'joint_task_participant', 'region_code, agency_id, task_id'],
  ['joint_task_inspector_inspector_idx', 'joint_task_inspector', 'region_code, inspector_id, task_id'],
  ['joint_task_item_item_idx', 'joint_task_item', 'region_code, item_id, task_id'],
  // Whether an agency has published its results of a check (the to-do list, the timeliness figures).
  ['publication_result_idx', 'publication', 'region_code, subject_id, kind, agency_id'],
  // A check's page lists its hazards and sanctions.
  ['hazard_check_idx', 'hazard', 'region_code, check_id'],
  ['sanction_check_idx', 'sanction', 'region_code, check_id'],
  ['object_township_name_idx', 'object', 'region_code, township_code, name, id'],
  ['object_sector_name_idx', 'object', 'region_code, sector_code, name, id'],
];

const INDEXES: [name: string, table: string, columns: string][] = [
  ...Object.entries(ORDERS).flatMap(([table, columns]) =>
    columns.map((column): [string, string, string] => [`${table}_order_${column}_idx`, `"${table}"`, `region_code, ${column}, id`]),
  ),
  ...OTHERS,
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  for (const [name, table, columns] of INDEXES) await sql.raw(`create index if not exists ${name} on ${table} (${columns})`).execute(db);
  // The membership index covers what this one served.
  await sql.raw('drop index if exists joint_task_participant_agency_idx').execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await sql.raw('create index if not exists joint_task_participant_agency_idx on joint_task_participant (region_code, agency_id)').execute(db);
  for (const [name] of INDEXES) await sql.raw(`drop index if exists ${name}`).execute(db);
}
