import { rulesToAST } from '@casl/ability/extra';
import { DomainError } from '@liancha/domain';
import { expressionBuilder, sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { AppAbility } from './ability.js';
import type { Action } from './actions.js';
import { fieldMaps, type ColumnKind, type RelationField, type SubjectFields } from './field-map.js';
import type { SubjectType } from './subjects.js';
import { membershipSourceOf, type MembershipSource } from './task-membership.js';

/**
 * A Kysely where-callback: `db.selectFrom('object').where(accessibleBy(ability, 'read', 'Object'))`.
 * It ignores its argument's types, so it fits any query whose FROM names the subject's table
 * (or the alias given to accessibleBy).
 */
export type AccessFilter = <D, T extends keyof D>(eb: ExpressionBuilder<D, T>) => Expression<SqlBool>;

/** The alias of the subquery behind a virtual field; an outer alias may not take it. */
export const RELATION_ALIAS = 'authz_rel';

/**
 * The ability's rules for (action, subject) as a SQL predicate on the subject's table.
 * No applicable rule gives `false` (deny by default), an unconditional rule `true`.
 * The predicate is built eagerly, so a rule naming an unknown field throws here, not
 * when the query runs.
 *
 * SQL compares with three-valued logic where CASL compares in JavaScript, so the
 * translation pushes negations down to the fields (negation normal form) and writes
 * each negated comparison so that a NULL column gives exactly CASL's answer.
 */
export function accessibleBy(ability: AppAbility, action: Action, subjectType: SubjectType, alias?: string): AccessFilter {
  const predicate = accessPredicate(ability, action, subjectType, alias);
  const expression = toExpression(predicate);
  return () => expression;
}

// ── the predicate tree, with constants folded so that denials and empty lists vanish ──

/** Every leaf carries a key that names what it tests, so that equal conditions can be found. */
type Predicate = { kind: 'const'; value: boolean } | { kind: 'expr'; expr: Expression<SqlBool>; key: string } | { kind: 'and' | 'or'; items: Predicate[] };

const TRUE: Predicate = { kind: 'const', value: true };
const FALSE: Predicate = { kind: 'const', value: false };

function keyOf(predicate: Predicate): string {
  switch (predicate.kind) {
    case 'const':
      return String(predicate.value);
    case 'expr':
      return predicate.key;
    case 'and':
    case 'or':
      return `${predicate.kind}(${predicate.items.map(keyOf).join(',')})`;
  }
}

function and(items: Predicate[]): Predicate {
  const kept: Predicate[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    if (item.kind === 'const') {
      if (!item.value) return FALSE;
      continue;
    }
    for (const conjunct of item.kind === 'and' ? item.items : [item]) {
      const key = keyOf(conjunct);
      if (seen.has(key)) continue;
      seen.add(key);
      kept.push(conjunct);
    }
  }
  if (kept.length === 0) return TRUE;
  return kept.length === 1 ? (kept[0] as Predicate) : { kind: 'and', items: kept };
}

function or(items: Predicate[]): Predicate {
  const kept: Predicate[] = [];
  for (const item of items) {
    if (item.kind === 'const') {
      if (item.value) return TRUE;
      continue;
    }
    if (item.kind === 'or') kept.push(...item.items);
    else kept.push(item);
  }
  if (kept.length === 0) return FALSE;
  if (kept.length === 1) return kept[0] as Predicate;
  // PostgreSQL tests an OR's arms in the order written: a column first, and a subquery only for the rows it leaves.
  kept.sort((a, b) => Number(keyOf(a).includes('exists(')) - Number(keyOf(b).includes('exists(')));
  return factorOut(kept) ?? { kind: 'or', items: kept };
}

const conjunctsOf = (p: Predicate): Predicate[] => (p.kind === 'and' ? p.items : [p]);

/** (a and x) or (a and y) = a and (x or y): the shared conditions leave the `or`. */
function factorOut(items: Predicate[]): Predicate | undefined {
  const [first, ...rest] = items.map((item) => new Map(conjunctsOf(item).map((c) => [keyOf(c), c])));
  const common = [...first!.keys()].filter((key) => rest.every((conjuncts) => conjuncts.has(key)));
  if (common.length === 0) return undefined;
  const remainders = items.map((item) => and(conjunctsOf(item).filter((c) => !common.includes(keyOf(c)))));
  return and([...common.map((key) => first!.get(key)!), or(remainders)]);
}

const expr = (e: Expression<SqlBool>, key: string): Predicate => ({ kind: 'expr', expr: e, key });

function accessPredicate(ability: AppAbility, action: Action, subjectType: SubjectType, alias?: string): Predicate {
  const fields = fieldMaps[subjectType] as SubjectFields;
  const from = alias ?? fields.table;
  if (from === RELATION_ALIAS || from === MEMBER_ALIAS) throw internal(`表别名 ${from} 为权限子查询保留`, 'authz.reserved_alias');
  const ast = rulesToAST(ability, action, subjectType);
  if (ast === null) return FALSE;
  return new Translator(subjectType, fields, from).node(ast as AstNode, true);
}

function toExpression(predicate: Predicate): Expression<SqlBool> {
  const eb = looseBuilder();
  switch (predicate.kind) {
    case 'const':
      return predicate.value ? sql<SqlBool>`true` : sql<SqlBool>`false`;
    case 'expr':
      return predicate.expr;
    case 'and':
      return eb.and(predicate.items.map(toExpression));
    case 'or':
      return eb.or(predicate.items.map(toExpression));
  }
}

// ── from CASL's condition tree (ucast) to predicates ──

/** The shape of ucast's Condition nodes, without depending on @ucast directly. */
interface AstNode {
  operator: string;
  field?: string;
  value: unknown;
}

type Value = string | number | boolean | null;
type LeafOp = 'eq' | 'in' | 'lt' | 'lte' | 'gt' | 'gte';
const COMPARISONS = { lt: '<', lte: '<=', gt: '>', gte: '>=' } as const;
/** The complement of each comparison on a non-null value. */
const COMPLEMENT = { lt: '>=', lte: '>', gt: '<=', gte: '<' } as const;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- names are checked against the field map before they reach Kysely
type LooseBuilder = ExpressionBuilder<any, any>;
const looseBuilder = (): LooseBuilder => expressionBuilder<Record<string, Record<string, unknown>>, never>() as LooseBuilder;

class Translator {
  private readonly eb = looseBuilder();

  constructor(
    private readonly subjectType: SubjectType,
    private readonly fields: SubjectFields,
    private readonly from: string,
  ) {}

  /** Translate `node` when `positive`, or its negation otherwise. */
  node(node: AstNode, positive: boolean): Predicate {
    switch (node.operator) {
      case 'and':
      case 'or': {
        const children = (node.value as AstNode[]).map((child) => this.node(child, positive));
        // De Morgan: not(a and b) = not a or not b.
        return (node.operator === 'and') === positive ? and(children) : or(children);
      }
      case 'not':
        return this.node(firstChild(node), !positive);
      case 'eq':
      case 'in':
      case 'lt':
      case 'lte':
      case 'gt':
      case 'gte':
        return this.field(node, node.operator, positive);
      case 'ne':
        return this.field(node, 'eq', !positive);
      case 'nin':
        return this.field(node, 'in', !positive);
      default:
        throw internal(`权限规则使用了不支持的运算符 ${node.operator}`, 'authz.unsupported_operator');
    }
  }

  private field(node: AstNode, op: LeafOp, positive: boolean): Predicate {
    const name = node.field;
    if (name === undefined) throw internal(`权限规则的运算符 ${node.operator} 缺少字段`, 'authz.unsupported_operator');
    const kind = (this.fields.columns as Record<string, ColumnKind | undefined>)[name];
    if (kind !== undefined) {
      const column = this.eb.ref(`${this.from}.${name}`);
      return kind === 'array' ? this.arrayColumn(name, column, op, node.value, positive) : this.column(name, kind, column, op, node.value, positive);
    }
    const relation = (this.fields.relations as Record<string, RelationField | undefined>)[name];
    if (relation !== undefined) return this.relation(name, relation, op, node.value, positive);
    throw internal(`权限规则引用了未知字段 ${this.subjectType}.${name}`, 'authz.unknown_field');
  }

  /** A scalar column: CASL compares with ===, so NULL equals only NULL. */
  private column(name: string, kind: ColumnKind, column: Expression<unknown>, op: LeafOp, value: unknown, positive: boolean): Predicate {
    const eb = this.eb;
    const nullable = kind === 'nullable';
    const key = (test: string) => `${this.from}.${name}|${test}`;
    if (op === 'eq') {
      const v = this.scalar(name, value);
      if (v === null) return expr(eb(column, positive ? 'is' : 'is not', null), key(`is null ${positive}`));
      if (positive) return expr(eb(column, '=', v), key(`= ${JSON.stringify(v)}`));
      // NOT (col = v) is NULL for a NULL column, where CASL says true.
      return expr(eb(column, nullable ? 'is distinct from' : '<>', v), key(`<> ${JSON.stringify(v)}`));
    }
    const membership = op === 'in' ? membershipSourceOf(value) : undefined;
    if (membership) {
      // The list holds no NULL: a NULL column is outside it, as CASL says.
      const test = membershipExists(eb, column, membership);
      return expr(positive ? test : eb.not(test), key(`${positive ? 'exists' : 'not exists'}(${membershipKey(membership)})`));
    }
    if (op === 'in') {
      const list = this.list(name, value);
      const values = list.filter((v) => v !== null);
      const withNull = values.length < list.length;
      if (positive) {
        return or([
          values.length ? expr(eb(column, 'in', values), key(`in ${JSON.stringify(values)}`)) : FALSE,
          withNull ? expr(eb(column, 'is', null), key('is null true')) : FALSE,
        ]);
      }
      const notIn = values.length ? expr(eb(column, 'not in', values), key(`not in ${JSON.stringify(values)}`)) : TRUE;
      // NOT IN is NULL for a NULL column: say what CASL says, which depends on whether the list holds null.
      if (!nullable) return notIn;
      return withNull ? and([notIn, expr(eb(column, 'is not', null), key('is null false'))]) : or([notIn, expr(eb(column, 'is', null), key('is null true'))]);
    }
    // CASL orders null against numbers and strings in JavaScript's way; SQL does not order NULL at all.
    if (nullable) throw internal(`字段 ${this.subjectType}.${name} 可为空，不能用于大小比较`, 'authz.unsupported_operator');
    const v = this.scalar(name, value);
    if (v === null) throw internal(`字段 ${this.subjectType}.${name} 不能与 null 比较大小`, 'authz.unsupported_operator');
    const comparison = positive ? COMPARISONS[op] : COMPLEMENT[op];
    return expr(eb(column, comparison, v), key(`${comparison} ${JSON.stringify(v)}`));
  }

  /** A text[] column: CASL's `eq` means "contains", `in` means "shares an element". */
  private arrayColumn(name: string, column: Expression<unknown>, op: LeafOp, value: unknown, positive: boolean): Predicate {
    const values = this.members(name, op, value);
    if (values.length === 0) return positive ? FALSE : TRUE;
    // Parenthesised so that a NOT in front reads unambiguously.
    const overlap = sql<SqlBool>`(${column} && array[${sql.join(values)}]::text[])`;
    return expr(positive ? overlap : this.eb.not(overlap), `${this.from}.${name}|${positive ? '' : 'not '}&& ${JSON.stringify(values)}`);
  }

  /** A virtual field: the values held by rows of another table, tested with exists(). */
  private relation(name: string, relation: RelationField, op: LeafOp, value: unknown, positive: boolean): Predicate {
    const eb = this.eb;
    let match: (inner: string) => Expression<SqlBool>;
    let test: string;
    const membership = op === 'in' ? membershipSourceOf(value) : undefined;
    if (membership) {
      match = (inner) => membershipExists(eb, eb.ref(inner), membership);
      test = `in ${membershipKey(membership)}`;
    } else if (op === 'eq' || op === 'in') {
      const values = this.members(name, op, value);
      if (values.length === 0) return positive ? FALSE : TRUE;
      match = (inner) => (values.length === 1 ? eb(eb.ref(inner), '=', values[0]) : eb(eb.ref(inner), 'in', values));
      test = `in ${JSON.stringify(values)}`;
    } else {
      const v = this.scalar(name, value);
      if (v === null) throw internal(`字段 ${this.subjectType}.${name} 不能与 null 比较`, 'authz.unsupported_operator');
      match = (inner) => eb(eb.ref(inner), COMPARISONS[op], v);
      test = `${COMPARISONS[op]} ${JSON.stringify(v)}`;
    }
    let query = eb.selectFrom(`${relation.from} as ${RELATION_ALIAS}`).select(eb.lit(1).as('one'));
    for (const [child, parent] of relation.on) {
      query = query.whereRef(`${RELATION_ALIAS}.${child}`, '=', `${this.from}.${parent}`);
    }
    query = query.where(match(`${RELATION_ALIAS}.${relation.value}`));
    // Asked row by row (a probe of an index per listed row), not turned into the set of every row
    // of a year's tasks hashed up front: OFFSET 0 keeps PostgreSQL from rewriting this exists().
    if (membership) query = query.offset(0);
    const exists = eb.exists(query);
    const key = `${this.from}.${name}|${test}`;
    return positive ? expr(exists, `exists(${key})`) : expr(eb.not(exists), `not exists(${key})`);
  }

  /** Elements compared with an array-valued field; null elements never match a stored id. */
  private members(name: string, op: 'eq' | 'in' | LeafOp, value: unknown): string[] {
    const list = op === 'eq' ? [this.scalar(name, value)] : this.list(name, value);
    return list.map((v) => {
      if (v === null) throw internal(`多值字段 ${this.subjectType}.${name} 不能与 null 比较`, 'authz.unsupported_operator');
      return String(v);
    });
  }

  private scalar(name: string, value: unknown): Value {
    if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
    throw internal(`字段 ${this.subjectType}.${name} 的条件值类型不受支持`, 'authz.unsupported_value');
  }

  private list(name: string, value: unknown): Value[] {
    if (!Array.isArray(value)) throw internal(`字段 ${this.subjectType}.${name} 的 $in/$nin 需要数组`, 'authz.unsupported_value');
    return value.map((v) => this.scalar(name, v));
  }
}

/** The alias of the membership subquery; an outer alias may not take it either. */
const MEMBER_ALIAS = 'authz_member';

/**
 * `column` is one of an agency's tasks: a participant row of that agency, not declined (the rows
 * loadActorFacts read), probed by the index on (region_code, agency_id, task_id).
 */
function membershipExists(eb: LooseBuilder, column: Expression<unknown>, source: MembershipSource): Expression<SqlBool> {
  let query = eb
    .selectFrom(`jointTaskParticipant as ${MEMBER_ALIAS}`)
    .select(eb.lit(1).as('one'))
    .where(`${MEMBER_ALIAS}.regionCode`, '=', source.regionCode)
    .where(`${MEMBER_ALIAS}.agencyId`, '=', source.agencyId)
    .where(eb(eb.ref(`${MEMBER_ALIAS}.taskId`), '=', column))
    .where(`${MEMBER_ALIAS}.status`, '<>', 'declined');
  if (source.leadOnly) query = query.where(`${MEMBER_ALIAS}.role`, '=', 'lead');
  return eb.exists(query);
}

const membershipKey = (source: MembershipSource) => `membership(${source.regionCode},${source.agencyId},${source.leadOnly ? 'lead' : 'any'})`;

function firstChild(node: AstNode): AstNode {
  const value = node.value;
  const child = Array.isArray(value) ? (value[0] as AstNode | undefined) : (value as AstNode | undefined);
  if (!child) throw internal('权限规则的 not 缺少条件', 'authz.unsupported_operator');
  return child;
}

/** A rule the translator cannot express is a programming error, never the caller's fault. */
function internal(message: string, reason: string): DomainError {
  return new DomainError('internal', message, { reason });
}
