import type { CheckRow, ParticipantRow, TeamMemberRow } from '@liancha/db';

/** What the lead's clerk fills in once for a notice (or for a whole batch of notices). */
export interface NoticeFields {
  scheduledOn: string;
  materials: string[];
  contact: string;
  note: string;
}

/**
 * 检查通知书: one notice for the whole joint team (进一次门、查多项事) — who comes, when, every
 * agency's items that apply to the enterprise, and the materials to prepare. Stored on the check as
 * issued, so a later change of team or items does not rewrite a notice already sent.
 */
export function buildNotice(
  facts: {
    check: Pick<CheckRow, 'uscc' | 'objectName' | 'address' | 'inspectionCode'>;
    team: Pick<TeamMemberRow, 'name' | 'certificateNo' | 'agencyId' | 'role'>[];
    items: { agencyId: string; code: string; name: string; legalBasis: string }[];
    participants: Pick<ParticipantRow, 'agencyId' | 'agencyName'>[];
  },
  fields: NoticeFields,
  issuedOn: string,
) {
  const agencyName = new Map(facts.participants.map((p) => [p.agencyId, p.agencyName]));
  return {
    issuedOn,
    scheduledOn: fields.scheduledOn,
    object: { uscc: facts.check.uscc, name: facts.check.objectName, address: facts.check.address },
    team: facts.team.map((m) => ({ name: m.name, certificateNo: m.certificateNo, agency: agencyName.get(m.agencyId) ?? '', role: m.role })),
    items: facts.items.map((i) => ({ agency: agencyName.get(i.agencyId) ?? '', code: i.code, name: i.name, legalBasis: i.legalBasis })),
    materials: fields.materials,
    contact: fields.contact,
    note: fields.note,
    /** 检查码 (the 2025 rules): the enterprise scans or types it to see the check is lawful; null for older tasks. */
    inspectionCode: facts.check.inspectionCode,
  };
}

/**
 * The notice as stored: with the one-time code that opens the enterprise's own area, added when
 * it is issued (apps/api/src/checks/advance-check.ts); notices issued before that have none.
 */
export type Notice = ReturnType<typeof buildNotice> & { activationCode?: string; activationExpiresOn?: string };
