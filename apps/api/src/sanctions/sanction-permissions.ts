import { subjectOf, type AppAbility } from '@liancha/authz';
import type { SanctionRow } from '@liancha/db';
import { caught, enforce, firstRefusal, flagsOf, forbiddenUnless, type Refusal } from '../can/refusal.js';
import { assertSanctionEditable, nextSanctionStatus } from './sanction-state.js';

/** The steps of a 行政处罚决定 after it is drafted: edit the draft, approve it (leader), publish it (coordinator). */
export const SANCTION_STEPS = ['update', 'approve', 'publish'] as const;
export type SanctionAction = (typeof SANCTION_STEPS)[number];

/** May the caller take `step` on this decision now? Its CASL verb, then the decision's state. */
export function sanctionStepRefusal(ability: AppAbility, row: SanctionRow, step: SanctionAction): Refusal {
  return firstRefusal(
    () => forbiddenUnless(ability, step, subjectOf('Sanction', row)),
    () => caught(() => (step === 'update' ? assertSanctionEditable(row.status) : nextSanctionStatus(row.status, step))),
  );
}

export function assertSanctionStep(ability: AppAbility, row: SanctionRow, step: SanctionAction): void {
  enforce(sanctionStepRefusal(ability, row, step));
}

/** Every step as a flag, for sanctions.get. */
export function sanctionCan(ability: AppAbility, row: SanctionRow): Record<SanctionAction, boolean> {
  return flagsOf(Object.fromEntries(SANCTION_STEPS.map((step) => [step, sanctionStepRefusal(ability, row, step)])) as Record<SanctionAction, Refusal>);
}
