import type { MatrixRow, Persona } from './permission-matrix.js';
import type { Relation } from './matrix-world.js';

const ALL: readonly Relation[] = ['own', 'other', 'partner', 'region'];
const none = {
  public: 'NNNN',
  enterprise: 'NNNN',
  platformAdmin: 'NNNN',
  agencyAdmin: 'NNNN',
  coordinator: 'NNNN',
  inspector: 'NNNN',
  agencyLeader: 'NNNN',
  leadership: 'NNNN',
};
const only = (persona: Persona, letters: string): MatrixRow => ({ targets: ALL, expect: { ...none, [persona]: letters } });

/** 公示 is public: anyone reads it, in any region, without logging in. */
const anyone = { public: 'Y', enterprise: 'Y', platformAdmin: 'Y', agencyAdmin: 'Y', coordinator: 'Y', inspector: 'Y', agencyLeader: 'Y', leadership: 'Y' };
/**
 * An agency's figures and deadlines: the leadership group for its whole region, the agency's
 * office (admin, coordinator, leader) for its own agency; never inspectors or the platform admin.
 */
const figures: MatrixRow = { targets: ALL, expect: { ...none, agencyAdmin: 'YNNN', coordinator: 'YNNN', agencyLeader: 'YNNN', leadership: 'YYYN' } };

/** Rows of the permission matrix for publication (公示), oversight figures and 督办 notes. */
export const PUBLICATION_MATRIX: Record<string, MatrixRow> = {
  'publications.list': { expect: anyone },
  'publications.get': { targets: ALL, expect: Object.fromEntries(Object.keys(anyone).map((p) => [p, 'YYYY'])) as MatrixRow['expect'] },
  'publications.bundle': { targets: ALL, expect: Object.fromEntries(Object.keys(anyone).map((p) => [p, 'YYYY'])) as MatrixRow['expect'] },
  // 谁检查、谁公开: only the coordinator publishes, for their own agency.
  'publications.publishTask': only('coordinator', 'YNNN'),
  'publications.publishResults': only('coordinator', 'YNNN'),
  'publications.correct': only('coordinator', 'YNNN'),
  'publications.publishItemList': only('coordinator', 'YNNN'),
  'publications.due': figures,
  'publications.overdue': figures,

  'oversight.coverage': figures,
  'oversight.checks': figures,
  'oversight.timeliness': figures,
  'oversight.majorHazards': figures,
  'oversight.inspectorLoad': figures,

  'supervisionNotes.create': only('leadership', 'YYYN'),
  'supervisionNotes.list': { expect: { ...anyone, public: 'N', enterprise: 'N' } },
  'supervisionNotes.get': { targets: ALL, expect: { ...none, agencyAdmin: 'YNNN', coordinator: 'YNNN', agencyLeader: 'YNNN', leadership: 'YYYN' } },
  'supervisionNotes.respond': { targets: ALL, expect: { ...none, agencyAdmin: 'YNNN', coordinator: 'YNNN', agencyLeader: 'YNNN' } },
  'supervisionNotes.close': only('leadership', 'YYYN'),
};
