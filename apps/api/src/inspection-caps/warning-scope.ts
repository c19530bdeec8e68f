import type { AppAbility, UserActor } from '@liancha/authz';
import type { RegionScope } from '@liancha/db';
import { DomainError } from '@liancha/domain';
import { canReadAgencyFigures } from '../oversight/agency-scope.js';

/**
 * Whose enterprises a caller sees in the warnings: the leadership group the whole region
 * (`undefined`), an agency's office the enterprises its agency supervises, nobody else — the
 * warnings sum up every agency's checks, read as the agency figures are.
 */
export function warningScope(ctx: { ability: AppAbility; actor: UserActor; scope: RegionScope }): { supervisedBy?: string } {
  if (ctx.actor.roles.includes('leadership_member')) return {};
  const agencyId = ctx.actor.agencyId;
  if (agencyId !== null && canReadAgencyFigures(ctx.ability, ctx.scope, agencyId)) return { supervisedBy: agencyId };
  throw new DomainError('forbidden', '无权查看检查预警：仅领导小组成员和部门办公账号可以查看', { reason: 'authz.forbidden' });
}
