import type { DB, Kysely } from '@liancha/db';
import type { AppAbility } from '../ability.js';
import { accessibleBy } from '../accessible-by.js';
import type { Action } from '../actions.js';
import { fieldMaps } from '../field-map.js';
import type { SubjectType } from '../subjects.js';
import { selectVirtualFields } from '../virtual-fields.js';

/** The columns that name one row of each subject (link tables have composite keys, the audit log a seq). */
const keyColumns: Partial<Record<SubjectType, string[]>> = {
  ObjectSupervision: ['objectId', 'agencyId'],
  JointTaskItem: ['taskId', 'itemId'],
  JointTaskInspector: ['taskId', 'inspectorId'],
  AuditEvent: ['seq'],
  Sector: ['code'],
};

export function keyOf(type: SubjectType, row: Record<string, unknown>): string {
  return (keyColumns[type] ?? ['id']).map((column) => String(row[column])).join(':');
}

// Tests walk every subject by name; the typed form of these queries is exercised in accessible-by.int.test.ts.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const loose = (db: Kysely<DB>) => db as unknown as Kysely<any>;

/** The keys of the rows `action` on `type` reaches, through SQL. */
export async function reachable(db: Kysely<DB>, ability: AppAbility, action: Action, type: SubjectType): Promise<string[]> {
  const table = fieldMaps[type].table;
  const columns = keyColumns[type] ?? ['id'];
  const rows = await loose(db)
    .selectFrom(table)
    .select(columns)
    .where(accessibleBy(ability, action, type))
    .execute();
  return rows.map((row: Record<string, unknown>) => keyOf(type, row)).sort();
}

/** Every row of a subject's table with its virtual fields, ready for `subject(type, row)`. */
export async function loadRows(db: Kysely<DB>, type: SubjectType): Promise<Record<string, unknown>[]> {
  const table = fieldMaps[type].table;
  return loose(db).selectFrom(table).selectAll(table).select(selectVirtualFields(type)).execute();
}
