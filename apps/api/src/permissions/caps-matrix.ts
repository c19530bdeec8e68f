import type { MatrixRow } from './permission-matrix.js';
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
const loggedIn = { public: 'N', enterprise: 'N', platformAdmin: 'Y', agencyAdmin: 'Y', coordinator: 'Y', inspector: 'Y', agencyLeader: 'Y', leadership: 'Y' };
/** An agency's figures: the leadership group region-wide, the agency's office its own (as oversight.*). */
const figures: MatrixRow = { targets: ALL, expect: { ...none, agencyAdmin: 'YNNN', coordinator: 'YNNN', agencyLeader: 'YNNN', leadership: 'YYYN' } };

/**
 * Rows of the permission matrix for 年度检查频次上限 (inspectionCaps.*, public.inspectionCaps). The caps
 * are public; an agency's admin or coordinator publishes its own; an enterprise's ledger is read with
 * the enterprise; warnings by the leadership group and the agencies' offices (their own scope).
 */
export const CAPS_MATRIX: Record<string, MatrixRow> = {
  'public.inspectionCaps': { expect: { ...loggedIn, public: 'Y', enterprise: 'Y' } },
  'inspectionCaps.list': { expect: loggedIn },
  // Every version is public; another region's agency is NOT_FOUND.
  'inspectionCaps.history': {
    targets: ALL,
    expect: { ...none, platformAdmin: 'YYYN', agencyAdmin: 'YYYN', coordinator: 'YYYN', inspector: 'YYYN', agencyLeader: 'YYYN', leadership: 'YYYN' },
  },
  'inspectionCaps.publish': { targets: ALL, expect: { ...none, agencyAdmin: 'YNNN', coordinator: 'YNNN' } },
  // Read with the enterprise (registry.objects.get): supervisors, task partners, the leadership group, the platform admin.
  'inspectionCaps.ledger': {
    targets: ALL,
    expect: { ...none, platformAdmin: 'YYYN', agencyAdmin: 'YNYN', coordinator: 'YNYN', inspector: 'YNYN', agencyLeader: 'YNYN', leadership: 'YYYN' },
  },
  'inspectionCaps.warnings': {
    expect: { public: 'N', enterprise: 'N', platformAdmin: 'N', agencyAdmin: 'Y', coordinator: 'Y', inspector: 'N', agencyLeader: 'Y', leadership: 'Y' },
  },
  'inspectionCaps.figures': figures,
  'inspectionCaps.breaches': figures,
  'inspectionCaps.report': figures,
};
