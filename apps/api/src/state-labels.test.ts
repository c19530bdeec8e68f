import { describe, expect, it } from 'vitest';
import type { TaskRow } from '@liancha/db';
import {
  CHECK_STATUS_LABELS,
  CHECK_STATUSES,
  HAZARD_STATUS_LABELS,
  HAZARD_STATUSES_BY_SEVERITY,
  PLAN_STATUS_LABELS,
  PLAN_STATUSES,
  SANCTION_STATUS_LABELS,
  SANCTION_STATUSES,
  TASK_STATUS_LABELS,
  TASK_STATUSES,
} from '@liancha/domain';
import { assertResultsEditable, nextCheckStatus } from './checks/check-state.js';
import { applyHazardEvent } from './hazards/hazard-state.js';
import { assertPlanEditable, nextPlanStatus } from './plans/plan-state.js';
import { assertSanctionEditable, nextSanctionStatus } from './sanctions/sanction-state.js';
import { assertTaskEditable } from './tasks/task-guards.js';

/** The refusal `act` throws, or undefined when it does not refuse. */
function refusal(act: () => unknown): string | undefined {
  try {
    act();
  } catch (error) {
    return (error as Error).message;
  }
  return undefined;
}

/**
 * Refusals name the current state in the words the portals show: the domain's label
 * tables, never a copy of their own.
 */
describe('refusals name states with the domain labels', () => {
  it('annual plans', () => {
    for (const status of PLAN_STATUSES) {
      const message = refusal(() => nextPlanStatus(status, 'publish')) ?? refusal(() => nextPlanStatus(status, 'submit'));
      expect(message, status).toContain(`当前状态为“${PLAN_STATUS_LABELS[status]}”`);
    }
    expect(refusal(() => nextPlanStatus('draft', 'publish'))).toContain(`需为“${PLAN_STATUS_LABELS.approved}”`);
    expect(refusal(() => assertPlanEditable('superseded'))).toContain(`“${PLAN_STATUS_LABELS.superseded}”`);
  });

  it('tasks', () => {
    for (const status of TASK_STATUSES.filter((s) => !['draft', 'inviting', 'ready'].includes(s))) {
      expect(
        refusal(() => assertTaskEditable({ status } as TaskRow)),
        status,
      ).toContain(`“${TASK_STATUS_LABELS[status]}”`);
    }
  });

  it('checks', () => {
    for (const status of CHECK_STATUSES.filter((s) => s !== 'in_progress' && s !== 'recorded')) {
      expect(
        refusal(() => assertResultsEditable(status, [])),
        status,
      ).toContain(`“${CHECK_STATUS_LABELS[status]}”`);
    }
    expect(refusal(() => nextCheckStatus('approved', 'start'))).toContain(`“${CHECK_STATUS_LABELS.approved}”`);
  });

  it('sanctions', () => {
    for (const status of SANCTION_STATUSES.filter((s) => s !== 'draft')) {
      expect(
        refusal(() => assertSanctionEditable(status)),
        status,
      ).toContain(`“${SANCTION_STATUS_LABELS[status]}”`);
    }
    expect(refusal(() => nextSanctionStatus('draft', 'publish'))).toContain(`“${SANCTION_STATUS_LABELS.draft}”`);
  });

  it('hazards', () => {
    for (const status of HAZARD_STATUSES_BY_SEVERITY.major.filter((s) => s !== 'accepted')) {
      const hazard = { severity: 'major', status, listingDeadline: '2026-01-01' } as Parameters<typeof applyHazardEvent>[0];
      const message = refusal(() => applyHazardEvent(hazard, { type: 'writeOff', note: '' }, { now: new Date('2026-03-10T04:00:00Z'), userId: 'u-1' }));
      expect(message, status).toContain(`“${HAZARD_STATUS_LABELS[status]}”`);
    }
  });
});
