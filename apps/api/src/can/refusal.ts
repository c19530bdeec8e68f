import { assertCan, type Action, type AppAbility, type SubjectRow } from '@liancha/authz';
import { DomainError } from '@liancha/domain';

/**
 * Whether the caller may take a step now: `null`, or the error the step's mutation throws.
 *
 * Each area has one function that answers this per step (checks/check-steps.ts, …). The
 * procedure that returns the row turns the answers into `can` flags for the portals' buttons;
 * the step's mutation throws the same answer — so a button is shown exactly when the mutation
 * would not refuse for who the caller is or what state the row is in.
 */
export type Refusal = DomainError | null;

/** The CASL verdict as a refusal (FORBIDDEN with assertCan's message). */
export function forbiddenUnless(ability: AppAbility, action: Action, target: SubjectRow): Refusal {
  return ability.can(action, target) ? null : caught(() => assertCan(ability, action, target));
}

/** A state rule that throws a DomainError (the state machines do), as a refusal. */
export function caught(rule: () => unknown): Refusal {
  try {
    rule();
    return null;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
}

/** The first refusal of the checks, in order (permission before state, as the mutations check them). */
export function firstRefusal(...checks: (() => Refusal)[]): Refusal {
  for (const check of checks) {
    const refusal = check();
    if (refusal) return refusal;
  }
  return null;
}

/** A mutation's guard: go on, or throw the refusal. */
export function enforce(refusal: Refusal): void {
  if (refusal) throw refusal;
}

/** The flags a procedure returns: true where nothing refuses. */
export function flagsOf<K extends string>(refusals: Record<K, Refusal>): Record<K, boolean> {
  return Object.fromEntries(Object.entries(refusals).map(([step, refusal]) => [step, refusal === null])) as Record<K, boolean>;
}
