import { expressionBuilder, sql, type AliasedRawBuilder, type ExpressionBuilder } from 'kysely';
import { RELATION_ALIAS } from './accessible-by.js';
import { fieldMaps, type RelationField, type SubjectFields, type VirtualFieldOf } from './field-map.js';
import type { SubjectType } from './subjects.js';

/**
 * Select expressions that load a subject's virtual fields as sorted text arrays, so a
 * row can be checked in memory with `ability.can(action, subject(type, row))`:
 *
 *   db.selectFrom('object').selectAll('object').select(selectVirtualFields('Object'))
 *
 * CASL reads `{ supervisingAgencyIds: id }` on an array as "contains", exactly what the
 * exists() of accessibleBy tests in SQL.
 */
export function selectVirtualFields<S extends SubjectType>(subjectType: S, alias?: string): AliasedRawBuilder<string[], VirtualFieldOf<S>>[] {
  const fields = fieldMaps[subjectType] as SubjectFields;
  const from = alias ?? fields.table;
  const relations = Object.entries(fields.relations as Record<string, RelationField>);
  return relations.map(([name, relation]) => arrayOf(relation, from).as(name as VirtualFieldOf<S>));
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- names come from the field map only
const eb = expressionBuilder<Record<string, Record<string, unknown>>, never>() as ExpressionBuilder<any, any>;

function arrayOf(relation: RelationField, from: string) {
  const value = sql`${eb.ref(`${RELATION_ALIAS}.${relation.value}`)}::text`;
  let query = eb.selectFrom(`${relation.from} as ${RELATION_ALIAS}`).select(value.as('value')).distinct();
  for (const [child, parent] of relation.on) query = query.whereRef(`${RELATION_ALIAS}.${child}`, '=', `${from}.${parent}`);
  return sql<string[]>`array(${query.orderBy('value')})`;
}
