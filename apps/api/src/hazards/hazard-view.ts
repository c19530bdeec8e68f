import type { HazardRow, HazardStepRow } from '@liancha/db';
import { hazardOverdueFlags, type NextStep, type OverdueFlag } from '@liancha/domain';
import type { AttachmentView } from '../attachments/hazard-attachments.js';
import { acceptanceLate, nextEvents, type HazardEventType, type HazardSnapshot } from './hazard-state.js';
import type { LocalDate } from './local-date.js';

/** A hazard as the API returns it: the row without its authorisation fields, plus what is computed on read. */
export interface HazardView extends Omit<HazardRow, 'taskId' | 'teamInspectorIds'> {
  overdue: OverdueFlag[];
  acceptanceLate: boolean;
  /** Steps the hazard's state allows (the caller's abilities still decide who may take them). */
  nextEvents: HazardEventType[];
}

export function snapshotOf(row: HazardRow): HazardSnapshot {
  return {
    severity: row.severity,
    status: row.status,
    foundOn: row.foundOn,
    rectificationDeadline: row.rectificationDeadline,
    rectifiedOn: row.rectifiedOn,
    reinspectionDue: row.reinspectionDue,
    listedAt: row.listedAt,
    listingDeadline: row.listingDeadline,
    planFiledAt: row.planFiledAt,
    acceptanceRequestedOn: row.acceptanceRequestedOn,
    acceptanceDue: row.acceptanceDue,
    acceptedOn: row.acceptedOn,
    escalatedAt: row.escalatedAt,
    escalationMeasures: row.escalationMeasures,
  };
}

export function presentHazard(row: HazardRow, today: LocalDate): HazardView {
  const { taskId: _taskId, teamInspectorIds: _team, ...rest } = row;
  return { ...rest, overdue: hazardOverdueFlags(row, today), acceptanceLate: acceptanceLate(row), nextEvents: nextEvents(row) };
}

export interface HazardDetail extends HazardView {
  steps: HazardStepRow[];
  /** Files of the hazard and of its steps (metadata; hazards.downloadAttachment serves the content). */
  attachments: AttachmentView[];
  /** What the caller may do now: the steps it may record and whether it may attach files (hazard-permissions.ts). */
  can: { events: HazardEventType[]; attach: boolean };
  /** Who must act next and on what (null once closed). */
  next: NextStep | null;
}
