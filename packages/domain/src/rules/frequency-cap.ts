import { RISK_CLASSES, type RiskClass } from '../vocabulary/object.js';

/**
 * 2020 seed plan: “同一检查对象一年内随机抽查不超过1次” — the default yearly cap of random
 * checks per object, for every risk class. A plan may set a cap per class (what the public
 * reads on the published plan); a task's matrix may be stricter than its plan, never looser.
 */
export const FREQUENCY_CAP_PER_YEAR = 1;

/** Caps as a task's matrix and the pool rules hold them: `null` means no cap. */
export interface FrequencyCaps {
  default: number | null;
  byRiskClass?: Partial<Record<RiskClass, number | null>>;
}

/** A published plan's caps with every class filled in. */
export type PlanCaps = Record<RiskClass, number>;

/** A class where the matrix allows more checks than the plan; `riskClass` null = objects without a class. */
export interface LooserCap {
  riskClass: RiskClass | null;
  plan: number;
  matrix: number | null;
}

const isCap = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

/** A plan's stored caps, each class missing from it taking the seed default (once a year). */
export function planCaps(stored: Readonly<Record<string, unknown>>): PlanCaps {
  const caps = {} as PlanCaps;
  for (const riskClass of RISK_CLASSES) {
    const value = stored[riskClass];
    caps[riskClass] = isCap(value) ? value : FREQUENCY_CAP_PER_YEAR;
  }
  return caps;
}

/** The plan's cap for objects without a risk class: its strictest, since they may be of any class. */
function planCapFor(plan: PlanCaps, riskClass: RiskClass | null): number {
  return riskClass === null ? Math.min(...RISK_CLASSES.map((c) => plan[c])) : plan[riskClass];
}

/** The matrix's cap for a class (its default when the class is not listed); null = no cap. */
export function matrixCapFor(caps: FrequencyCaps, riskClass: RiskClass | null): number | null {
  if (riskClass !== null && caps.byRiskClass && riskClass in caps.byRiskClass) return caps.byRiskClass[riskClass] ?? null;
  return caps.default;
}

const smaller = (a: number, b: number | null): number => (b === null ? a : Math.min(a, b));

/** Every class (and unclassified objects) for which the matrix is looser than the plan. */
export function looserThanPlan(plan: PlanCaps, matrix: FrequencyCaps): LooserCap[] {
  const looser: LooserCap[] = [];
  for (const riskClass of [...RISK_CLASSES, null]) {
    const planCap = planCapFor(plan, riskClass);
    const matrixCap = matrixCapFor(matrix, riskClass);
    if (matrixCap === null || matrixCap > planCap) looser.push({ riskClass, plan: planCap, matrix: matrixCap });
  }
  return looser;
}

/**
 * The caps the pool applies: per class the smaller of the plan's and the matrix's, so a
 * matrix can only tighten the plan. Without a plan in force the matrix's caps apply alone.
 */
export function effectiveCaps(plan: PlanCaps | null, matrix: FrequencyCaps): FrequencyCaps {
  if (!plan) return matrix;
  const byRiskClass: Partial<Record<RiskClass, number>> = {};
  for (const riskClass of RISK_CLASSES) byRiskClass[riskClass] = smaller(plan[riskClass], matrixCapFor(matrix, riskClass));
  return { default: smaller(planCapFor(plan, null), matrix.default), byRiskClass };
}

/** “A级企业计划每年最多1次，矩阵为3次” for each looser class, joined. */
export function describeLooserCaps(looser: readonly LooserCap[]): string {
  return looser
    .map(
      (l) =>
        `${l.riskClass === null ? '未定风险等级的' : `${l.riskClass}级`}企业计划每年最多抽查${l.plan}次，矩阵为${l.matrix === null ? '不限次数' : `${l.matrix}次`}`,
    )
    .join('；');
}
