import type { UserRuleContext } from './context.js';
import { OFFICE_ROLES } from './roles.js';

/** What the leadership group may change on a note it issued. */
export const NOTE_FIELDS = ['subject', 'body', 'dueOn', 'status'];
/** What the addressed agency may change: its response. */
export const RESPONSE_FIELDS = ['response', 'respondedBy', 'respondedAt', 'status'];

/** Publication, SupervisionNote, AuditEvent. */
export function oversightRules(ctx: UserRuleContext): void {
  if (ctx.has('platform_admin', 'leadership_member')) ctx.can('read', 'AuditEvent');
  if (ctx.has('leadership_member')) {
    ctx.can(['read', 'create'], 'SupervisionNote');
    ctx.can('update', 'SupervisionNote', {}, NOTE_FIELDS);
  }
  const agency = ctx.agencyId;
  if (agency === null) return;

  if (ctx.has('coordinator')) ctx.can('create', 'Publication', { agencyId: agency });
  if (ctx.has('agency_leader')) ctx.can('approve', 'Publication', { agencyId: agency });
  if (ctx.has(...OFFICE_ROLES)) {
    ctx.can('read', 'SupervisionNote', { toAgencyId: agency });
    ctx.can('update', 'SupervisionNote', { toAgencyId: agency }, RESPONSE_FIELDS);
  }
}
