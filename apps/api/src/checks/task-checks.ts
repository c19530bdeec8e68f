import { applicableItems } from '@liancha/domain';
import { listCheckStrata, listChecks, listParticipants, listTaskItems, listTaskTeams, taskWindow, type Executor } from '@liancha/db';
import type { AbilityContext } from '../trpc/ability.js';
import { canRead } from '../trpc/access.js';
import { approvalGate, visitStepRefusal } from './check-steps.js';

const VISIT_STEPS = ['notify', 'start', 'finish'] as const;

/**
 * A task's checks the caller may read, each with its team, the stratum it was drawn from and the
 * task's items that apply to it — five queries whatever the number of checks (the bulk page, the
 * printed batch and the drawn list read them all at once).
 */
export async function loadTaskChecks(ctx: AbilityContext & { db: Executor }, taskId: string) {
  const [checks, teams, strata, taskItems, participants, window] = await Promise.all([
    listChecks(ctx.db, ctx.scope, canRead(ctx.ability, 'Check'), { taskId }),
    listTaskTeams(ctx.db, ctx.scope, taskId),
    listCheckStrata(ctx.db, ctx.scope, taskId),
    listTaskItems(ctx.db, ctx.scope, taskId),
    listParticipants(ctx.db, ctx.scope, taskId),
    taskWindow(ctx.db, ctx.scope, taskId),
  ]);
  const teamOf = new Map<string, typeof teams>();
  for (const member of teams) teamOf.set(member.checkId, [...(teamOf.get(member.checkId) ?? []), member]);
  const stratumOf = new Map(strata.map((s) => [s.checkId, s.stratum]));
  const gate = approvalGate({ participants, window });
  const rows = checks.map((check) => {
    const team = (teamOf.get(check.id) ?? []).map(({ checkId: _c, ...member }) => member);
    const teamInspectorIds = team.map((m) => m.inspectorId).sort();
    const can = Object.fromEntries(VISIT_STEPS.map((step) => [step, visitStepRefusal(ctx, check, teamInspectorIds, step, gate) === null])) as Record<
      (typeof VISIT_STEPS)[number],
      boolean
    >;
    return {
      check,
      team,
      teamInspectorIds,
      stratum: stratumOf.get(check.id) ?? null,
      items: applicableItems(taskItems, check.sectorCode, check.subSectorCode),
      can,
    };
  });
  return { checks: rows, participants, window, gate };
}
