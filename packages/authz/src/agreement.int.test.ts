import { subject } from '@casl/ability';
import type { DbHandle } from '@liancha/db';
import { createTestDb, testDbKind } from '@liancha/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppAbility, type AppAbility, type AppRule } from './ability.js';
import { actions } from './actions.js';
import { publicActor } from './actor.js';
import { defineAbilityFor } from './define-ability.js';
import { subjectTypes, type SubjectType } from './subjects.js';
import { keyOf, loadRows, reachable } from './test-support/queries.js';
import { actorFor, R1, seedWorld, type World } from './test-support/world.js';

/**
 * The in-memory answer (`ability.can(action, subject(type, row))`, rows carrying their
 * virtual fields) and the SQL answer (accessibleBy) must agree on every row, for
 * every persona, subject and action — including NULL columns, empty relations,
 * negations and `cannot` rules, where SQL's three-valued logic differs from JavaScript.
 */
describe(`in-memory and SQL agree on ${testDbKind()}`, () => {
  let handle: DbHandle;
  let world: World;
  const rows = new Map<SubjectType, Record<string, unknown>[]>();

  beforeAll(async () => {
    handle = await createTestDb();
    world = await seedWorld(handle.db);
    for (const type of subjectTypes) rows.set(type, await loadRows(handle.db, type));
  });
  afterAll(async () => {
    await handle?.close();
  });

  function inMemory(ability: AppAbility, action: (typeof actions)[number], type: SubjectType): string[] {
    return (rows.get(type) ?? [])
      .filter((row) => ability.can(action, subject(type, { ...row })))
      .map((row) => keyOf(type, row))
      .sort();
  }

  async function agree(label: string, ability: AppAbility, types: readonly SubjectType[] = subjectTypes) {
    let compared = 0;
    for (const type of types) {
      for (const action of actions) {
        const sql = await reachable(handle.db, ability, action, type);
        expect(sql, `${label}: ${action} ${type}`).toEqual(inMemory(ability, action, type));
        compared += 1;
      }
    }
    return compared;
  }

  it('for every persona of the world, subject and action', async () => {
    const abilities: [string, AppAbility][] = [['public', defineAbilityFor(publicActor)]];
    for (const [name, user] of Object.entries(world.users)) abilities.push([name, defineAbilityFor(await actorFor(handle.db, user))]);
    let compared = 0;
    for (const [name, ability] of abilities) compared += await agree(name, ability);
    expect(compared).toBe(abilities.length * subjectTypes.length * actions.length);
    // The fixtures are rich enough for agreement to mean something.
    expect(rows.get('Object')?.length).toBe(5);
  });

  const em = () => world.id('em');
  const ms = () => world.id('ms');
  const t1 = () => world.id('t1');
  const t2 = () => world.id('t2');
  const can = (subjectType: SubjectType, conditions?: Record<string, unknown>): AppRule =>
    ({ action: 'read', subject: subjectType, ...(conditions ? { conditions } : {}) }) as AppRule;
  const cannot = (subjectType: SubjectType, conditions: Record<string, unknown>): AppRule => ({ ...can(subjectType, conditions), inverted: true });

  const edgeCases: [string, () => AppRule[], SubjectType][] = [
    ['$ne on a nullable column', () => [can('User', { agencyId: { $ne: em() } })], 'User'],
    ['$nin on a nullable column', () => [can('User', { agencyId: { $nin: [em()] } })], 'User'],
    ['$in holding null', () => [can('User', { agencyId: { $in: [em(), null] } })], 'User'],
    ['$nin holding null', () => [can('User', { agencyId: { $nin: [em(), null] } })], 'User'],
    ['cannot on a nullable column', () => [can('User'), cannot('User', { agencyId: em() })], 'User'],
    ['cannot null', () => [can('User'), cannot('User', { agencyId: null })], 'User'],
    ['cannot with two fields (De Morgan)', () => [can('User'), cannot('User', { agencyId: { $in: [ms(), null] }, roles: 'coordinator' })], 'User'],
    [
      'array column $in and $nin',
      () => [can('User', { roles: { $in: ['coordinator', 'inspector'] } }), can('User', { roles: { $nin: ['platform_admin'] }, agencyId: null })],
      'User',
    ],
    ['$ne on a virtual field with empty relations', () => [can('Hazard', { taskId: { $ne: t1() } })], 'Hazard'],
    ['cannot on a virtual field', () => [can('Hazard'), cannot('Hazard', { taskId: { $in: [t1(), t2()] } })], 'Hazard'],
    ['null check column', () => [can('Hazard', { checkId: null })], 'Hazard'],
    ['$ne on a nullable region', () => [can('AuditEvent', { regionCode: { $ne: R1 } })], 'AuditEvent'],
    [
      'empty $in and $nin',
      () => [can('DrawEntropy', { agencyId: { $in: [] } }), can('DrawEntropy', { sourceKind: 'witness', agencyId: { $nin: [] } })],
      'DrawEntropy',
    ],
    [
      'ranges and a cannot over them',
      () => [can('AnnualPlan', { year: { $gte: 2026 } }), cannot('AnnualPlan', { year: { $lt: 2027 }, status: 'draft' })],
      'AnnualPlan',
    ],
    [
      'a cannot that disables everything',
      () => [can('Sanction', { status: 'published' }), cannot('Sanction', { status: { $in: ['draft', 'published'] } })],
      'Sanction',
    ],
  ];

  it.each(edgeCases)('for %s', async (label, rules, type) => {
    await agree(label, createAppAbility(rules()), [type]);
  });
});
