import { subjectOf, type AppAbility } from '@liancha/authz';
import { oversightAgencies, type Executor, type RegionScope } from '@liancha/db';
import { DomainError } from '@liancha/domain';

/**
 * Whose figures a caller may read. An agency's figures (checks, results, deadlines, hazards,
 * inspector load) are aggregates of its check results, so they are readable by whoever may
 * read every check result of that agency: the leadership group for the whole region, the
 * office (admin, coordinator, leader) of the agency for its own. Inspectors and the platform
 * admin read none — oversight belongs to the leadership group.
 */
export function canReadAgencyFigures(ability: AppAbility, scope: RegionScope, agencyId: string): boolean {
  // A result row with no task and no team: only an agency-wide (or region-wide) rule can match.
  return ability.can('read', subjectOf('CheckResult', { regionCode: scope.regionCode, agencyId, taskId: [], teamInspectorIds: [] }));
}

/**
 * The agencies whose figures to compute: the one asked for (NOT_FOUND outside the region,
 * FORBIDDEN when not the caller's to see), or every agency the caller may see.
 */
export async function figureAgencies(db: Executor, scope: RegionScope, ability: AppAbility, agencyId?: string): Promise<{ id: string; name: string }[]> {
  const agencies = await oversightAgencies(db, scope);
  if (agencyId !== undefined) {
    const agency = agencies.find((a) => a.id === agencyId);
    if (!agency) throw new DomainError('not_found', '部门不存在', { reason: 'agency_not_found' });
    if (!canReadAgencyFigures(ability, scope, agency.id)) throw new DomainError('forbidden', `无权查看${agency.name}的统计数据`, { reason: 'authz.forbidden' });
    return [agency];
  }
  const visible = agencies.filter((a) => canReadAgencyFigures(ability, scope, a.id));
  if (visible.length === 0) throw new DomainError('forbidden', '无权查看统计数据：仅领导小组成员和部门办公账号可以查看', { reason: 'authz.forbidden' });
  return visible;
}
