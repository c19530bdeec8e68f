import type { CheckRow, ParticipantRow, TeamMemberRow } from '@liancha/db';
import { finishDateRefusal, noticeDateRefusal, startDateRefusal, type DateWindow } from '@liancha/domain';
import { enforce } from '../can/refusal.js';
import { buildNotice, type NoticeFields } from './check-notice.js';

/** A visit step with what the clerk entered: the notice's fields, or the day the visit started or ended. */
export type VisitInput = { step: 'notify'; notice: NoticeFields } | { step: 'start' | 'finish'; on: string };

export type CheckPatch = Partial<Pick<CheckRow, 'scheduledOn' | 'startedOn' | 'endedOn' | 'notice'>>;

export interface VisitFacts {
  check: CheckRow;
  team: Pick<TeamMemberRow, 'name' | 'certificateNo' | 'agencyId' | 'role'>[];
  items: { agencyId: string; code: string; name: string; legalBasis: string }[];
  participants: Pick<ParticipantRow, 'agencyId' | 'agencyName'>[];
}

/**
 * The fields a visit step writes on a check (`patch`) and the ones worth an audit trail (`audited`),
 * after the date rules: a notice's day inside the task's window, a start not before that day, an
 * end not before the start. Throws the rule's refusal, naming the field.
 */
export function visitPatch(facts: VisitFacts, input: VisitInput, window: DateWindow | null, today: string): { patch: CheckPatch; audited: CheckPatch } {
  switch (input.step) {
    case 'notify': {
      enforce(noticeDateRefusal(input.notice.scheduledOn, window));
      const notice = buildNotice(facts, input.notice, today);
      return { patch: { scheduledOn: input.notice.scheduledOn, notice }, audited: { scheduledOn: input.notice.scheduledOn } };
    }
    case 'start':
      enforce(startDateRefusal(input.on, facts.check.scheduledOn));
      return { patch: { startedOn: input.on }, audited: { startedOn: input.on } };
    case 'finish':
      enforce(finishDateRefusal(input.on, facts.check.startedOn));
      return { patch: { endedOn: input.on }, audited: { endedOn: input.on } };
  }
}
