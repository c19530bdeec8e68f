import type { UserRuleContext } from './context.js';
import { AGENCY_ROLES } from './roles.js';

/** What a partner may change on its own participation: confirm or decline, and name its unit. */
export const PARTICIPATION_FIELDS = ['status', 'unitId', 'confirmedBy', 'confirmedAt'];

/** AnnualPlan, JointTask, JointTaskParticipant, JointTaskItem, JointTaskInspector, InspectionCap. */
export function planningRules(ctx: UserRuleContext): void {
  ctx.regionWideRead(['AnnualPlan', 'JointTask', 'JointTaskParticipant', 'JointTaskItem', 'JointTaskInspector']);
  const agency = ctx.agencyId;
  if (agency === null) return;

  if (ctx.has(...AGENCY_ROLES)) {
    ctx.can('read', 'AnnualPlan', { agencyId: agency });
    // leadAgencyId also covers a task created in this very request, before it is in actor.jointTasks.
    ctx.can('read', 'JointTask', { leadAgencyId: agency });
    ctx.canInAny('read', 'JointTask', 'id', ctx.taskIds);
    // Own participations stay readable after declining; the task itself then does not.
    ctx.can('read', 'JointTaskParticipant', { agencyId: agency });
    ctx.canInAny('read', ['JointTaskParticipant', 'JointTaskItem', 'JointTaskInspector'], 'taskId', ctx.taskIds);
  }
  if (ctx.has('coordinator')) {
    // Plan states (draft → submitted → approved → published) are enforced by the plan use cases, not here.
    ctx.can(['create', 'update', 'publish'], 'AnnualPlan', { agencyId: agency });
    ctx.can(['create', 'update'], 'JointTask', { leadAgencyId: agency });
    ctx.canInAny(['create', 'archive'], 'JointTaskParticipant', 'taskId', ctx.leadTaskIds);
    ctx.can('update', 'JointTaskParticipant', { agencyId: agency }, PARTICIPATION_FIELDS);
    // 谁检查、谁录入: each participant brings its own items and inspectors to the task.
    ctx.canInAny(['create', 'archive'], ['JointTaskItem', 'JointTaskInspector'], 'taskId', ctx.taskIds, { agencyId: agency });
  }
  if (ctx.has('agency_leader')) {
    ctx.can('approve', 'AnnualPlan', { agencyId: agency });
    // 行政检查审批: the head approves the agency's part of a joint task's drawn checks, once per task.
    ctx.can('approve', 'JointTaskParticipant', { agencyId: agency });
  }
  // An agency's 年度检查频次上限: its office's admin or coordinator publishes a new version.
  if (ctx.has('agency_admin', 'coordinator')) ctx.can('create', 'InspectionCap', { agencyId: agency });
}
