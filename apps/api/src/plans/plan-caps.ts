import { findPlanInForce, type Executor, type RegionScope, type TaskRow } from '@liancha/db';
import { describeLooserCaps, DomainError, effectiveCaps, looserThanPlan, planCaps, type FrequencyCaps, type PlanCaps } from '@liancha/domain';

/** The published plan a task is bound by, with its caps filled in for every risk class. */
export interface TaskPlan {
  id: string;
  year: number;
  version: number;
  caps: PlanCaps;
}

/**
 * A task's caps come from its plan: the lead agency's plan in force for the task's year (the
 * latest published version; an ad hoc task is bound by it too, since it is a random check of
 * the same year). Null when the agency has published no plan for that year.
 */
export async function taskPlan(db: Executor, scope: RegionScope, task: Pick<TaskRow, 'leadAgencyId'>, year: number): Promise<TaskPlan | null> {
  const plan = await findPlanInForce(db, scope, task.leadAgencyId, year);
  return plan ? { id: plan.id, year: plan.year, version: plan.version, caps: planCaps(plan.frequencyCaps) } : null;
}

/** The caps the pool applies: the matrix's, tightened to the plan's. */
export function capsInForce(plan: TaskPlan | null, matrix: FrequencyCaps): FrequencyCaps {
  return effectiveCaps(plan?.caps ?? null, matrix);
}

/**
 * The matrix may be stricter than the plan, never looser: a looser one is refused, naming each
 * risk class with the plan's and the matrix's numbers (on save and again at freeze, since the
 * plan may have been adjusted in between).
 */
export function assertCapsWithinPlan(plan: TaskPlan | null, matrix: FrequencyCaps, kind: 'bad_request' | 'precondition_failed'): void {
  if (!plan) return;
  const looser = looserThanPlan(plan.caps, matrix);
  if (looser.length === 0) return;
  const message = `抽查矩阵的每户每年抽查次数上限宽于已公布的${plan.year}年度抽查工作计划（第${plan.version}版）：${describeLooserCaps(looser)}。矩阵只能比计划更严，不能更宽`;
  throw new DomainError(kind, message, {
    reason: 'caps_looser_than_plan',
    issues: looser.map((l) => ({ field: `matrix.frequencyCap.${l.riskClass ?? 'default'}`, message: describeLooserCaps([l]) })),
  });
}
