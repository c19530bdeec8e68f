import { assertCan, subjectOf, type AppAbility } from '@liancha/authz';
import type { RegistryKind } from '@liancha/db';

/** The write check for a whole registry of the caller's agency (import, export). */
export function assertCanWriteRegistry(ability: AppAbility, kind: RegistryKind, regionCode: string, agencyId: string): void {
  for (const action of ['create', 'update'] as const) {
    if (kind === 'object') assertCan(ability, action, subjectOf('Object', { regionCode, supervisingAgencyIds: [agencyId], archivedAt: null }));
    if (kind === 'inspector') assertCan(ability, action, subjectOf('Inspector', { regionCode, agencyId, userId: null, unitId: null, archivedAt: null }));
    if (kind === 'inspectionItem') assertCan(ability, action, subjectOf('InspectionItem', { regionCode, agencyId, publishedAt: null, archivedAt: null }));
  }
}
