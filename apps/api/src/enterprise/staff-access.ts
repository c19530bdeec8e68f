import type { UserActor } from '@liancha/authz';
import { DomainError } from '@liancha/domain';

/**
 * Who among the staff touches the enterprise's side, in one place:
 * - an agency's administrator hands an enterprise a new activation code;
 * - 回避 requests are seen by the officer's agency (its leaders and office) and the leadership
 *   group, and decided by a leader (head) of the officer's agency only;
 * - ratings and complaints are read by the leadership group only: no agency role, not even the
 *   inspecting agency's, can read a rating or learn who gave it.
 */
const forbidden = (message: string) => new DomainError('forbidden', message, { reason: 'authz.forbidden' });

export function issueCodeRefusal(actor: UserActor): DomainError | null {
  return actor.roles.includes('agency_admin') && actor.agencyId !== null ? null : forbidden('只有部门管理员可以为企业发放激活码');
}

/** The agencies whose 回避 requests the caller sees: null for the whole region. */
export function recusalReadScope(actor: UserActor): string[] | null {
  if (actor.roles.includes('leadership_member')) return null;
  if (actor.agencyId !== null && actor.roles.some((r) => r === 'agency_leader' || r === 'coordinator' || r === 'agency_admin')) return [actor.agencyId];
  throw forbidden('无权查看回避申请：仅领导小组成员和检查人员所在部门的领导、办公账号可以查看');
}

export function decideRecusalRefusal(actor: UserActor, agencyId: string): DomainError | null {
  return actor.roles.includes('agency_leader') && actor.agencyId === agencyId ? null : forbidden('回避申请由被申请回避人员所在部门的负责人决定');
}

export function readRatingsRefusal(actor: UserActor): DomainError | null {
  return actor.roles.includes('leadership_member') ? null : forbidden('检查评价和投诉只有领导小组可以查看');
}
