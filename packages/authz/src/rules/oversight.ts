import type { UserRuleContext } from './context.js';
import { OFFICE_ROLES } from './roles.js';

/** What the leadership group may change on a note it issued. */
export const NOTE_FIELDS = ['subject', 'body', 'dueOn', 'status'];
/** What the addressed agency may change: its response. */
export const RESPONSE_FIELDS = ['response', 'respondedBy', 'respondedAt', 'status'];

/** Publication, SupervisionNote, AuditEvent. */
export function oversightRules(ctx: UserRuleContext): void {
  ctx.regionWideRead('AuditEvent');
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
    // Answer while the note is open or answered; the status a response may set stays inside
    // that set (the row as it will be is checked too), so only the leadership closes a note.
    ctx.can('update', 'SupervisionNote', { toAgencyId: agency, status: { $in: ['open', 'responded'] } }, RESPONSE_FIELDS);
  }
}
