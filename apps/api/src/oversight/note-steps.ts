import { assertCanUpdate, type AppAbility } from '@liancha/authz';
import type { SupervisionNoteRow } from '@liancha/db';
import { DomainError } from '@liancha/domain';
import { caught, enforce, firstRefusal, type Refusal } from '../can/refusal.js';

/** The answer the addressed agency writes (its content does not change who may write it). */
export const responsePatch = (userId: string, now: Date, response = '') => ({ response, respondedBy: userId, respondedAt: now, status: 'responded' as const });

/**
 * 答复: the addressed agency's office, until the note is closed. The closed state is said first:
 * the caller can see the note, so it tells nothing new (and beats a bare FORBIDDEN).
 */
export function respondNoteRefusal(ability: AppAbility, note: SupervisionNoteRow, userId: string, now: Date): Refusal {
  return firstRefusal(
    () => (note.status === 'closed' ? new DomainError('precondition_failed', '督办单已办结，不能再答复', { reason: 'note_closed' }) : null),
    () => caught(() => assertCanUpdate(ability, 'SupervisionNote', note, responsePatch(userId, now))),
  );
}

/** 办结: the leadership group, once. */
export function closeNoteRefusal(ability: AppAbility, note: SupervisionNoteRow): Refusal {
  return firstRefusal(
    () => caught(() => assertCanUpdate(ability, 'SupervisionNote', note, { status: 'closed' })),
    () => (note.status === 'closed' ? new DomainError('conflict', '督办单已办结', { reason: 'note_closed' }) : null),
  );
}

export const assertRespondNote = (...args: Parameters<typeof respondNoteRefusal>) => enforce(respondNoteRefusal(...args));
export const assertCloseNote = (...args: Parameters<typeof closeNoteRefusal>) => enforce(closeNoteRefusal(...args));

/** What the caller may do with the note now, for supervisionNotes.get. */
export function noteCan(ability: AppAbility, note: SupervisionNoteRow, userId: string, now: Date) {
  return { respond: respondNoteRefusal(ability, note, userId, now) === null, close: closeNoteRefusal(ability, note) === null };
}
