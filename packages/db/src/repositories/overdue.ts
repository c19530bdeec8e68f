import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { HAZARD_DEADLINES, OVERDUE_FLAGS, type DeadlineRule, type OverdueFlag } from '@liancha/domain';

/**
 * The SQL twin of the domain's `isOverdue`: a row of `table` (its name or alias) still in one
 * of the rule's statuses whose deadline column is before `today`. A null deadline compares
 * unknown, so it is never overdue, as in memory. Built from the same rule tables, and tested
 * against `isOverdue` over the same rows (overdue.int.test.ts).
 */
export function overdueWhere(table: string, rule: DeadlineRule<string, string>, today: string): RawBuilder<SqlBool> {
  return sql<SqlBool>`(${sql.ref(`${table}.status`)} in (${sql.join(rule.statuses)}) and ${sql.ref(`${table}.${rule.deadline}`)} < ${today})`;
}

/** Hazards overdue on `today` for any of `flags` (all of them by default): `hazardOverdueFlags` in SQL. */
export function hazardOverdueWhere(table: string, today: string, flags: readonly OverdueFlag[] = OVERDUE_FLAGS): RawBuilder<SqlBool> {
  return sql<SqlBool>`(${sql.join(
    flags.map((flag) => overdueWhere(table, HAZARD_DEADLINES[flag], today)),
    sql` or `,
  )})`;
}
