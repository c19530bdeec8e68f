import { describe, expect, it } from 'vitest';
import { HAZARD_STATUSES } from '../vocabulary/hazard.js';
import { FOLLOW_UP_DEADLINE, hazardOverdueFlags, isOverdue, NOTE_DEADLINE } from './overdue.js';

const TODAY = '2026-03-10';
const none = { rectificationDeadline: null, reinspectionDue: null, listingDeadline: null, acceptanceDue: null };
const allPast = { rectificationDeadline: '2026-03-09', reinspectionDue: '2026-03-09', listingDeadline: '2026-03-09', acceptanceDue: '2026-03-09' };

describe('overdue', () => {
  it('flags a hazard only for the deadline its state still waits for', () => {
    const flags = Object.fromEntries(HAZARD_STATUSES.map((status) => [status, hazardOverdueFlags({ status, ...allPast }, TODAY)]));
    expect(flags).toEqual({
      open: ['rectification_overdue'],
      rectified: ['reinspection_overdue'],
      reinspected: [],
      listed: ['listing_overdue'],
      acceptance_requested: ['acceptance_overdue'],
      accepted: [],
      written_off: [],
      escalated: ['listing_overdue'],
    });
  });

  it('is not overdue on the deadline itself, nor without one', () => {
    expect(hazardOverdueFlags({ status: 'open', ...none, rectificationDeadline: TODAY }, TODAY)).toEqual([]);
    expect(hazardOverdueFlags({ status: 'open', ...none }, TODAY)).toEqual([]);
    expect(isOverdue(FOLLOW_UP_DEADLINE, { status: 'open', deadline: '2026-03-09' }, TODAY)).toBe(true);
    expect(isOverdue(FOLLOW_UP_DEADLINE, { status: 'closed', deadline: '2026-03-09' }, TODAY)).toBe(false);
    expect(isOverdue(NOTE_DEADLINE, { status: 'responded', dueOn: '2026-03-09' }, TODAY)).toBe(true);
    expect(isOverdue(NOTE_DEADLINE, { status: 'closed', dueOn: '2026-03-09' }, TODAY)).toBe(false);
    expect(isOverdue(NOTE_DEADLINE, { status: 'open', dueOn: null }, TODAY)).toBe(false);
  });
});
