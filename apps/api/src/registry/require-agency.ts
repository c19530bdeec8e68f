import type { UserActor } from '@liancha/authz';
import { DomainError } from '@liancha/domain';

/** Registry rows belong to an agency; region-level accounts have none to write for. */
export function requireAgency(actor: UserActor): string {
  if (actor.agencyId === null) {
    throw new DomainError('forbidden', '平台级或领导小组账号不属于任何部门，不能维护部门名录库', { reason: 'no_agency' });
  }
  return actor.agencyId;
}
