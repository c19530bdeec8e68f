import type { Action } from '../actions.js';
import type { UserRuleContext } from './context.js';
import { AGENCY_ROLES, OFFICE_ROLES } from './roles.js';

const WRITE: Action[] = ['create', 'update', 'archive'];

/** 一单两库: InspectionItem, Object, ObjectSupervision, Inspector, Conflict. */
export function registryRules(ctx: UserRuleContext): void {
  ctx.regionWideRead(['InspectionItem', 'Object', 'ObjectSupervision', 'Inspector', 'Conflict']);
  const agency = ctx.agencyId;
  if (agency === null) return;

  if (ctx.has(...AGENCY_ROLES)) {
    ctx.can('read', 'InspectionItem', { agencyId: agency });
    ctx.canInAny('read', 'InspectionItem', 'taskIds', ctx.taskIds);
    // An object is shared by the agencies that supervise it; a joint task shows its drawn objects to every participant.
    ctx.can('read', 'Object', { supervisingAgencyIds: agency });
    ctx.canInAny('read', 'Object', 'taskIds', ctx.taskIds);
    ctx.can('read', 'ObjectSupervision', { agencyId: agency });
    ctx.can('read', 'Inspector', { agencyId: agency });
    ctx.canInAny('read', 'Inspector', 'taskIds', ctx.taskIds);
  }
  // Conflicts can be personal (kinship, former employment): the office sees its agency's, an inspector only their own.
  if (ctx.has(...OFFICE_ROLES)) ctx.can('read', 'Conflict', { inspectorAgencyId: agency });
  if (ctx.has('inspector') && ctx.inspectorId !== null) ctx.can('read', 'Conflict', { inspectorId: ctx.inspectorId });

  if (ctx.has('agency_admin', 'coordinator')) {
    ctx.can(WRITE, 'InspectionItem', { agencyId: agency });
    ctx.can(WRITE, 'Object', { supervisingAgencyIds: agency });
    ctx.can(['create', 'archive'], 'ObjectSupervision', { agencyId: agency });
    ctx.can(WRITE, 'Inspector', { agencyId: agency });
    ctx.can(WRITE, 'Conflict', { inspectorAgencyId: agency });
  }
  if (ctx.has('coordinator')) ctx.can('publish', 'InspectionItem', { agencyId: agency });
}
