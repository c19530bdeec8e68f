import type { UserActor } from '@liancha/authz';
import { DomainError } from '@liancha/domain';

/**
 * The holiday schedule is national reference data, not a tenant subject of the CASL rules
 * (it has no region): entering it is the platform admin's job, checked here by role.
 */
export function assertPlatformAdmin(actor: UserActor): void {
  if (!actor.roles.includes('platform_admin')) {
    throw new DomainError('forbidden', '只有平台管理员可以录入节假日安排', { reason: 'calendar.not_platform_admin' });
  }
}
