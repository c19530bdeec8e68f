import { DomainError } from '@liancha/domain';
import { describe, expect, it } from 'vitest';
import { assertCan, assertCanUpdate, notFound, permittedFields, subjectOf } from './assert-can.js';
import { defineAbilityFor } from './define-ability.js';
import { memberships, user } from './test-support/actors.js';

const region = '350881';
const caught = (fn: () => void): DomainError => {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
};

describe('assertCan', () => {
  const coordinator = defineAbilityFor(user(['coordinator'], { jointTasks: memberships }));

  it('passes for a row in reach and names subject and action in Chinese when it is not', () => {
    const own = { id: 'o1', regionCode: region, supervisingAgencyIds: ['agency-ms', 'agency-em'], taskIds: [] };
    expect(() => assertCan(coordinator, 'update', subjectOf('Object', own))).not.toThrow();
    const error = caught(() => assertCan(coordinator, 'update', subjectOf('Object', { ...own, supervisingAgencyIds: ['agency-ms'], taskIds: ['task-1'] })));
    expect(error).toMatchObject({ kind: 'forbidden', reason: 'authz.forbidden', message: '无权修改该检查对象' });
  });

  it('checks a new row before it is inserted (virtual fields as the use case will create them)', () => {
    expect(() => assertCan(coordinator, 'create', subjectOf('Object', { regionCode: region, supervisingAgencyIds: ['agency-em'] }))).not.toThrow();
    expect(() => assertCan(coordinator, 'create', subjectOf('JointTask', { regionCode: region, leadAgencyId: 'agency-ms' }))).toThrow(DomainError);
    expect(() => assertCan(coordinator, 'create', subjectOf('Object', { regionCode: '350802', supervisingAgencyIds: ['agency-em'] }))).toThrow(DomainError);
  });

  it('does not tag the caller’s row', () => {
    const row = { id: 'o1', regionCode: region, supervisingAgencyIds: ['agency-em'] };
    subjectOf('Object', row);
    expect(Object.getOwnPropertyNames(row)).toEqual(['id', 'regionCode', 'supervisingAgencyIds']);
  });
});

describe('assertCanUpdate', () => {
  it('refuses a patch that moves a row out of the caller’s reach', () => {
    const admin = defineAbilityFor(user(['agency_admin']));
    const clerk = { id: 'u2', regionCode: region, agencyId: 'agency-em', roles: ['inspector'], status: 'active' };
    expect(() => assertCanUpdate(admin, 'User', clerk, { roles: ['inspector', 'coordinator'] })).not.toThrow();
    expect(caught(() => assertCanUpdate(admin, 'User', clerk, { roles: ['leadership_member'] })).kind).toBe('forbidden');
    expect(caught(() => assertCanUpdate(admin, 'User', clerk, { agencyId: 'agency-ms' })).kind).toBe('forbidden');
  });

  it('refuses fields outside a field-limited rule, naming the field in the issues', () => {
    const coordinator = defineAbilityFor(user(['coordinator']));
    const note = { id: 'n1', regionCode: region, toAgencyId: 'agency-em', createdBy: 'leader-1', status: 'open' };
    expect(() => assertCanUpdate(coordinator, 'SupervisionNote', note, { response: '已整改', status: 'responded' })).not.toThrow();
    const error = caught(() => assertCanUpdate(coordinator, 'SupervisionNote', note, { body: '改写督办内容' }));
    expect(error).toMatchObject({ kind: 'forbidden', reason: 'authz.forbidden_field', issues: [{ field: 'body', message: '无权修改此字段' }] });
    // Only the leadership closes a note: the agency may not move it to closed, nor answer a closed one.
    expect(caught(() => assertCanUpdate(coordinator, 'SupervisionNote', note, { status: 'closed' })).kind).toBe('forbidden');
    expect(caught(() => assertCanUpdate(coordinator, 'SupervisionNote', { ...note, status: 'closed' }, { response: '补充' })).kind).toBe('forbidden');
    const leadership = defineAbilityFor(user(['leadership_member'], { agencyId: null }));
    expect(() => assertCanUpdate(leadership, 'SupervisionNote', note, { status: 'closed' })).not.toThrow();
  });
});

describe('permittedFields and notFound', () => {
  it('lists the fields a form may offer', () => {
    const partner = defineAbilityFor(user(['coordinator'], { jointTasks: memberships }));
    const participation = subjectOf('JointTaskParticipant', {
      id: 'p1',
      regionCode: region,
      taskId: 'task-2',
      agencyId: 'agency-em',
      role: 'partner',
      status: 'invited',
    });
    expect(permittedFields(partner, 'update', participation, ['status', 'role', 'unitId', 'taskId'])).toEqual(['status', 'unitId']);
  });

  it('answers out-of-reach exactly like missing', () => {
    expect(notFound('Hazard')).toMatchObject({ kind: 'not_found', reason: 'authz.not_found', message: '隐患不存在' });
  });
});
