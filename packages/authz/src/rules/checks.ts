import type { SubjectType } from '../subjects.js';
import type { UserRuleContext } from './context.js';
import { OFFICE_ROLES } from './roles.js';

/** What a check produces, each row owned by one agency (谁检查、谁录入、谁公开). */
const OUTCOMES: SubjectType[] = ['CheckResult', 'FollowUpAction', 'Hazard', 'Sanction'];

/** Check, CheckResult, FollowUpAction, Hazard, Sanction, CaseCheck. */
export function checkRules(ctx: UserRuleContext): void {
  if (ctx.has('leadership_member')) {
    ctx.can('read', ['Check', ...OUTCOMES, 'CaseCheck', 'Campaign']);
    // 专项检查 plans: the leadership group approves (or rejects) and files them for the county government.
    ctx.can('approve', 'Campaign');
  }
  const agency = ctx.agencyId;
  if (agency === null) return;

  if (ctx.has(...OFFICE_ROLES)) {
    ctx.canInAny('read', 'Check', 'taskId', ctx.taskIds);
    ctx.can('read', OUTCOMES, { agencyId: agency });
    ctx.canInAny('read', OUTCOMES, 'taskId', ctx.taskIds);
  }
  // An inspector sees the checks of their own teams only: team composition stays need-to-know.
  if (ctx.has('inspector') && ctx.inspectorId !== null) {
    const onTeam = { teamInspectorIds: ctx.inspectorId };
    ctx.can('read', ['Check', ...OUTCOMES], onTeam);
    ctx.can(['create', 'update'], ['CheckResult', 'FollowUpAction', 'Hazard'], { ...onTeam, agencyId: agency });
  }
  if (ctx.has('coordinator')) {
    ctx.canInAny(['create', 'update'], 'Check', 'taskId', ctx.leadTaskIds);
    ctx.canInAny(['create', 'update'], 'CheckResult', 'taskId', ctx.taskIds, { agencyId: agency });
    // Hazards and sanctions may arise outside any check, so no task condition here.
    ctx.can(['create', 'update'], ['FollowUpAction', 'Hazard', 'Sanction'], { agencyId: agency });
    ctx.can('publish', 'Sanction', { agencyId: agency });
  }
  if (ctx.has('agency_leader')) ctx.can('approve', OUTCOMES, { agencyId: agency });
  caseCheckRules(ctx, agency);
  campaignRules(ctx, agency);
}

/**
 * 专项检查: the agency's office reads its own; the coordinator writes, submits, publishes, closes
 * and withdraws its plans (the agency publishes its own campaign: 谁检查、谁公示).
 */
function campaignRules(ctx: UserRuleContext, agency: string): void {
  if (ctx.has(...OFFICE_ROLES)) ctx.can('read', 'Campaign', { agencyId: agency });
  if (ctx.has('coordinator')) ctx.can(['create', 'update', 'publish'], 'Campaign', { agencyId: agency });
}

/**
 * 个案检查: the agency's office reads its own; the coordinator requests, completes and withdraws
 * them, the agency leader (主体负责人) approves; an officer named on one reads it.
 */
function caseCheckRules(ctx: UserRuleContext, agency: string): void {
  if (ctx.has(...OFFICE_ROLES)) ctx.can('read', 'CaseCheck', { agencyId: agency });
  if (ctx.has('coordinator')) ctx.can(['create', 'update'], 'CaseCheck', { agencyId: agency });
  if (ctx.has('agency_leader')) ctx.can('approve', 'CaseCheck', { agencyId: agency });
  if (ctx.has('inspector') && ctx.inspectorId !== null) ctx.can('read', 'CaseCheck', { officerIds: ctx.inspectorId });
}
