import { sql } from 'kysely';

/**
 * The virtual fields of an outcome's subject for the abilities (the check's task, the check's
 * team), read from the outcome's own check; both are empty for an outcome without a check.
 */
export function checkSubjectFields(table: 'hazard' | 'sanction' | 'followUpAction') {
  const checkId = sql.ref(`${table}.checkId`);
  const regionCode = sql.ref(`${table}.regionCode`);
  return [
    sql<string[]>`array(select c.task_id::text from "check" c where c.id = ${checkId} and c.region_code = ${regionCode})`.as('taskId'),
    sql<
      string[]
    >`array(select distinct tm.inspector_id::text from team_member tm where tm.check_id = ${checkId} and tm.region_code = ${regionCode} order by 1)`.as(
      'teamInspectorIds',
    ),
  ];
}
