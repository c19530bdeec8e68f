import { subjectOf, type AppAbility } from '@liancha/authz';
import type { HazardRow } from '@liancha/db';
import { enforce, firstRefusal, forbiddenUnless, type Refusal } from '../can/refusal.js';
import { EVENT_ACTIONS, eventRefusal, nextEvents, type HazardEventType } from './hazard-state.js';
import { snapshotOf } from './hazard-view.js';
import type { LocalDate } from './local-date.js';

/** May the caller record `type` on this hazard today? Its verb on the Hazard (核销 is an approval), then the state machine. */
export function hazardEventRefusal(ability: AppAbility, row: HazardRow, type: HazardEventType, today: LocalDate): Refusal {
  return firstRefusal(
    () => forbiddenUnless(ability, EVENT_ACTIONS[type], subjectOf('Hazard', row)),
    () => eventRefusal(snapshotOf(row), type, today),
  );
}

export function assertHazardEvent(ability: AppAbility, row: HazardRow, type: HazardEventType, today: LocalDate): void {
  enforce(hazardEventRefusal(ability, row, type, today));
}

/** 附件 (photos, reports) are added by whoever may update the hazard. */
export function attachRefusal(ability: AppAbility, row: HazardRow): Refusal {
  return forbiddenUnless(ability, 'update', subjectOf('Hazard', row));
}

/** What the caller may do with the hazard now: the steps (in the state machine's order) and attaching files. */
export function hazardCan(ability: AppAbility, row: HazardRow, today: LocalDate): { events: HazardEventType[]; attach: boolean } {
  return { events: nextEvents(row).filter((type) => hazardEventRefusal(ability, row, type, today) === null), attach: attachRefusal(ability, row) === null };
}
