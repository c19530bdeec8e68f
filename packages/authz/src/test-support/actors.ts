import type { Role } from '@liancha/db';
import type { UserActor } from '../actor.js';

/** Hand-made actors for unit tests: readable ids, no database. */
export function user(roles: Role[], overrides: Partial<UserActor> = {}): UserActor {
  return { kind: 'user', userId: 'user-1', regionCode: '350881', agencyId: 'agency-em', unitId: null, roles, inspectorId: null, jointTasks: [], ...overrides };
}

/** em leads task-1 and is a partner in task-2. */
export const memberships: UserActor['jointTasks'] = [
  { taskId: 'task-1', agencyId: 'agency-em', role: 'lead' },
  { taskId: 'task-2', agencyId: 'agency-em', role: 'partner' },
];
