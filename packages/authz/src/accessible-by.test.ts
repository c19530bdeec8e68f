import type { DB } from '@liancha/db';
import { CamelCasePlugin, DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createAppAbility, type AppAbility, type AppRule } from './ability.js';
import { accessibleBy, RELATION_ALIAS } from './accessible-by.js';
import { subjectOf } from './assert-can.js';
import { actions } from './actions.js';
import { publicActor } from './actor.js';
import { defineAbilityFor } from './define-ability.js';
import { fieldMaps } from './field-map.js';
import { subjectTypes, type SubjectType } from './subjects.js';
import { memberships, user } from './test-support/actors.js';

/** Compiles only: the SQL text and parameters are what these tests pin down. */
const db = new Kysely<DB>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (kysely) => new PostgresIntrospector(kysely),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
  plugins: [new CamelCasePlugin()],
});

function compile(ability: AppAbility, action: (typeof actions)[number], type: SubjectType) {
  const table = fieldMaps[type].table;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- walks every subject by name
  const query = (db as Kysely<any>)
    .selectFrom(table)
    .select('id')
    .where(accessibleBy(ability, action, type))
    .compile();
  return { sql: query.sql.replace(/^select "id" from "[a-z_]+" where /, ''), parameters: query.parameters };
}

const can = (subject: SubjectType, conditions?: Record<string, unknown>): AppRule =>
  ({ action: 'read', subject, ...(conditions ? { conditions } : {}) }) as AppRule;
const cannot = (subject: SubjectType, conditions: Record<string, unknown>): AppRule => ({ ...can(subject, conditions), inverted: true });
const rulesOf = (...rules: AppRule[]) => createAppAbility(rules);

describe('accessibleBy: deny by default', () => {
  it('gives false to a user without roles, for every subject and action', () => {
    const ability = defineAbilityFor(user([], { jointTasks: memberships, inspectorId: 'insp-1' }));
    for (const type of subjectTypes) for (const action of actions) expect(compile(ability, action, type)).toEqual({ sql: 'false', parameters: [] });
  });

  it('gives false when no rule applies, true for an unconditional rule', () => {
    const ability = defineAbilityFor(publicActor);
    expect(compile(ability, 'read', 'Object').sql).toBe('false');
    expect(compile(ability, 'update', 'Publication').sql).toBe('false');
    expect(compile(ability, 'read', 'Publication').sql).toBe('true');
  });
});

describe('accessibleBy: SQL shapes', () => {
  it('public sanctions', () => {
    expect(compile(defineAbilityFor(publicActor), 'read', 'Sanction')).toEqual({ sql: '"sanction"."status" = $1', parameters: ['published'] });
  });

  it('objects a coordinator may read: own supervision or a check of one of its tasks, in its region (the region factored out)', () => {
    const { sql, parameters } = compile(defineAbilityFor(user(['coordinator'], { jointTasks: memberships })), 'read', 'Object');
    expect(sql).toBe(
      '("object"."region_code" = $1 and (("object"."supervising_agency_ids" && array[$2]::text[]) or' +
        ' exists (select 1 as "one" from "check" as "authz_rel" where "authz_rel"."object_id" = "object"."id" and "authz_rel"."region_code" = "object"."region_code" and' +
        ' exists (select 1 as "one" from "joint_task_participant" as "authz_member" where "authz_member"."region_code" = $3 and "authz_member"."agency_id" = $4' +
        ' and "authz_member"."task_id" = "authz_rel"."task_id" and "authz_member"."status" <> $5) offset $6)))',
    );
    expect(parameters).toEqual(['350881', 'agency-em', '350881', 'agency-em', 'declined', 0]);
  });

  it("the agency's tasks are read from its memberships, not written out: a year's thousands of ids stay out of every query", () => {
    const many = Array.from({ length: 3000 }, (_, n) => ({
      taskId: `task-${n}`,
      agencyId: 'agency-em',
      role: n % 2 ? ('partner' as const) : ('lead' as const),
    }));
    const ability = defineAbilityFor(user(['coordinator'], { jointTasks: many }));
    const read = compile(ability, 'read', 'JointTask');
    expect(read.sql).toContain('"joint_task"."lead_agency_id" = $2 or exists (select 1 as "one" from "joint_task_participant" as "authz_member"');
    expect(read.sql).toContain('"authz_member"."task_id" = "joint_task"."id"');
    expect(read.parameters.length).toBeLessThan(10);
    const draw = compile(ability, 'update', 'Draw');
    expect(draw.sql).toContain('"authz_member"."role" = $');
    expect(draw.parameters).toContain('lead');
    // In memory the same rules still hold the ids: one task of the list, and none outside it.
    expect(ability.can('read', subjectOf('JointTask', { id: 'task-7', regionCode: '350881', leadAgencyId: 'x', kind: 'inter_agency', status: 'drawn' }))).toBe(
      true,
    );
    expect(ability.can('read', subjectOf('JointTask', { id: 'task-x', regionCode: '350881', leadAgencyId: 'x', kind: 'inter_agency', status: 'drawn' }))).toBe(
      false,
    );
  });

  it('users an agency admin may update: own agency, no privileged role (array column)', () => {
    const { sql, parameters } = compile(defineAbilityFor(user(['agency_admin'])), 'update', 'User');
    expect(sql).toBe('("app_user"."region_code" = $1 and "app_user"."agency_id" = $2 and not ("app_user"."roles" && array[$3, $4]::text[]))');
    expect(parameters).toEqual(['350881', 'agency-em', 'platform_admin', 'leadership_member']);
  });

  it('uses the alias it is given', () => {
    const ability = defineAbilityFor(user(['inspector'], { inspectorId: 'insp-1' }));
    const query = db
      .selectFrom('checkResult as r')
      .select('r.id')
      .where(accessibleBy(ability, 'update', 'CheckResult', 'r'))
      .compile();
    expect(query.sql).toBe(
      'select "r"."id" from "check_result" as "r" where ("r"."region_code" = $1 and exists (select 1 as "one" from "team_member" as "authz_rel" where "authz_rel"."check_id" = "r"."check_id" and "authz_rel"."region_code" = "r"."region_code" and "authz_rel"."inspector_id" = $2) and "r"."agency_id" = $3)',
    );
    expect(() => accessibleBy(ability, 'read', 'Check', RELATION_ALIAS)).toThrow(/保留/);
  });
});

describe('accessibleBy: negations keep CASL semantics for NULL', () => {
  it.each([
    ['$ne on a nullable column', can('User', { agencyId: { $ne: 'a' } }), '"app_user"."agency_id" is distinct from $1'],
    ['$ne on a non-null column', can('User', { status: { $ne: 'disabled' } }), '"app_user"."status" <> $1'],
    ['$ne null', can('AnnualPlan', { publishedAt: { $ne: null } }), '"annual_plan"."published_at" is not null'],
    [
      '$nin on a nullable column',
      can('User', { agencyId: { $nin: ['a', 'b'] } }),
      '("app_user"."agency_id" not in ($1, $2) or "app_user"."agency_id" is null)',
    ],
    ['$nin holding null', can('User', { agencyId: { $nin: ['a', null] } }), '("app_user"."agency_id" not in ($1) and "app_user"."agency_id" is not null)'],
    ['$in holding null', can('User', { agencyId: { $in: ['a', null] } }), '("app_user"."agency_id" in ($1) or "app_user"."agency_id" is null)'],
    ['empty $in', can('User', { agencyId: { $in: [] } }), 'false'],
    ['empty $nin', can('User', { agencyId: { $nin: [] } }), 'true'],
    [
      '$ne on a virtual field',
      can('Hazard', { taskId: { $ne: 't' } }),
      'not exists (select 1 as "one" from "check" as "authz_rel" where "authz_rel"."id" = "hazard"."check_id" and "authz_rel"."region_code" = "hazard"."region_code" and "authz_rel"."task_id" = $1)',
    ],
    ['a range', can('AnnualPlan', { year: { $gte: 2026 } }), '"annual_plan"."year" >= $1'],
  ])('%s', (_label, rule, sql) => {
    expect(compile(rulesOf(rule), 'read', rule.subject as SubjectType).sql).toBe(sql);
  });

  it('pushes a cannot down to its fields (De Morgan), complementing each comparison', () => {
    const ability = rulesOf(can('AnnualPlan', { agencyId: 'a' }), cannot('AnnualPlan', { year: { $lt: 2020 }, status: 'draft' }));
    expect(compile(ability, 'read', 'AnnualPlan')).toEqual({
      sql: '(("annual_plan"."year" >= $1 or "annual_plan"."status" <> $2) and "annual_plan"."agency_id" = $3)',
      parameters: [2020, 'draft', 'a'],
    });
  });

  it('lets an unconditional cannot deny everything below it', () => {
    expect(compile(rulesOf(can('Tag'), { ...can('Tag'), inverted: true }), 'read', 'Tag').sql).toBe('false');
  });
});

describe('accessibleBy: refuses what it cannot translate faithfully', () => {
  const expectReason = (fn: () => unknown, reason: string) => {
    try {
      fn();
    } catch (error) {
      expect(error).toMatchObject({ name: 'DomainError', kind: 'internal', reason });
      return;
    }
    expect.fail(`expected ${reason}`);
  };

  it('throws on a field outside the whitelist, when the filter is made', () => {
    expectReason(() => accessibleBy(rulesOf(can('Object', { passwordHash: 'x' })), 'read', 'Object'), 'authz.unknown_field');
    expectReason(() => accessibleBy(rulesOf(can('Object', { 'name"; drop table object; --': 'x' })), 'read', 'Object'), 'authz.unknown_field');
  });

  it('throws on operators outside the supported set', () => {
    expectReason(() => accessibleBy(rulesOf(can('Object', { name: { $regex: '^a' } })), 'read', 'Object'), 'authz.unsupported_operator');
    expectReason(() => accessibleBy(rulesOf(can('Object', { tags: { $all: ['a'] } })), 'read', 'Object'), 'authz.unsupported_operator');
  });

  it('throws on a range over a nullable column and on null in a set-valued field', () => {
    expectReason(() => accessibleBy(rulesOf(can('AnnualPlan', { publishedAt: { $gt: '2026-01-01' } })), 'read', 'AnnualPlan'), 'authz.unsupported_operator');
    expectReason(() => accessibleBy(rulesOf(can('Object', { supervisingAgencyIds: null })), 'read', 'Object'), 'authz.unsupported_operator');
    expectReason(() => accessibleBy(rulesOf(can('Object', { id: { $in: [['nested']] } })), 'read', 'Object'), 'authz.unsupported_value');
  });
});

describe('accessibleBy: total over every rule we write', () => {
  const personas = [
    publicActor,
    user(['platform_admin'], { agencyId: null }),
    user(['leadership_member'], { agencyId: null }),
    user(['agency_admin', 'coordinator', 'inspector', 'agency_leader'], { inspectorId: 'insp-1', jointTasks: memberships }),
    user(['platform_admin', 'agency_admin', 'coordinator', 'inspector', 'agency_leader', 'leadership_member'], {
      inspectorId: 'insp-1',
      jointTasks: memberships,
    }),
  ];
  it('compiles every subject and action for every role', () => {
    let compiled = 0;
    for (const actor of personas) {
      const ability = defineAbilityFor(actor);
      for (const type of subjectTypes) {
        for (const action of actions) {
          expect(() => compile(ability, action, type)).not.toThrow();
          compiled += 1;
        }
      }
    }
    expect(compiled).toBe(personas.length * subjectTypes.length * actions.length);
  });
});
