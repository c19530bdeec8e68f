import type { MatrixRow } from './permission-matrix.js';
import type { Relation } from './matrix-world.js';

const ALL: readonly Relation[] = ['own', 'other', 'partner', 'region'];
const nobody = { public: 'N', enterprise: 'N', platformAdmin: 'N', agencyAdmin: 'N', coordinator: 'N', inspector: 'N', agencyLeader: 'N', leadership: 'N' };
const enterpriseOnly = { expect: { ...nobody, enterprise: 'Y' } };
const none = 'NNNN';
const nobodyOnRows = {
  public: none,
  enterprise: none,
  platformAdmin: none,
  agencyAdmin: none,
  coordinator: none,
  inspector: none,
  agencyLeader: none,
  leadership: none,
};

/**
 * Rows for the enterprise's side. Its own area answers to an enterprise's session only — no user,
 * however senior, gets in, and no enterprise gets into anything else. 回避 requests are read by the
 * officer's agency and the leadership group and decided by that agency's head; ratings and
 * complaints by the leadership group alone (no agency role reads a rating).
 */
export const ENTERPRISE_MATRIX: Record<string, MatrixRow> = {
  // Activation needs no session: the code is the key.
  'enterprise.activate': {
    expect: { public: 'Y', enterprise: 'Y', platformAdmin: 'Y', agencyAdmin: 'Y', coordinator: 'Y', inspector: 'Y', agencyLeader: 'Y', leadership: 'Y' },
  },
  'enterprise.me': enterpriseOnly,
  'enterprise.logout': enterpriseOnly,
  'enterprise.record': enterpriseOnly,
  'enterprise.draws': enterpriseOnly,
  'enterprise.caps': enterpriseOnly,
  'enterprise.requestRecusal': enterpriseOnly,
  'enterprise.rate': enterpriseOnly,
  'enterprise.complain': enterpriseOnly,
  // An agency's administrator, for an enterprise the agency may read.
  'enterpriseAccess.issueCode': { targets: ALL, expect: { ...nobodyOnRows, agencyAdmin: 'YNYN' } },
  'recusals.list': { expect: { ...nobody, agencyAdmin: 'Y', coordinator: 'Y', agencyLeader: 'Y', leadership: 'Y' } },
  // The head of the officer's own agency, nobody else (not a partner's head, not the leadership group).
  'recusals.decide': { targets: ALL, expect: { ...nobodyOnRows, agencyLeader: 'YNNN' } },
  'ratings.aggregates': { expect: { ...nobody, leadership: 'Y' } },
  'ratings.complaints': { expect: { ...nobody, leadership: 'Y' } },
};
