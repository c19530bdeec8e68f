import type { ActivationSource, RatedCheckKind, RecusalStatus } from '@liancha/domain';
import type { Auto, CreatedAt, DefaultedTimestamp, NullableTimestamp, Timestamp } from './columns.js';

/** A one-time activation code of an enterprise (migration 30); only the code's SHA-256 is kept. */
export interface EnterpriseActivationTable {
  regionCode: string;
  id: Auto<string>;
  objectId: string;
  codeHash: string;
  source: ActivationSource;
  checkId: string | null;
  issuedBy: string | null;
  issuedAt: CreatedAt;
  expiresAt: Timestamp;
  redeemedAt: NullableTimestamp;
}

export interface EnterpriseSessionTable {
  regionCode: string;
  id: string;
  objectId: string;
  activationId: string;
  createdAt: CreatedAt;
  expiresAt: Timestamp;
  lastSeenAt: DefaultedTimestamp;
  revokedAt: NullableTimestamp;
  userAgent: string | null;
  ip: string | null;
}

/** 回避申请 of a named officer of a drawn check. */
export interface RecusalRequestTable {
  regionCode: string;
  id: Auto<string>;
  objectId: string;
  checkId: string;
  inspectorId: string;
  agencyId: string;
  reason: string;
  status: Auto<RecusalStatus>;
  requestedAt: CreatedAt;
  decidedBy: string | null;
  decidedAt: NullableTimestamp;
  decisionNote: string | null;
  conflictId: string | null;
  recusalSeq: number | null;
}

/** That a check was rated — nothing more, so the scores cannot be traced to it. */
export interface CheckRatingMarkTable {
  regionCode: string;
  checkKind: RatedCheckKind;
  checkId: string;
}

/** One rating's scores for one agency of the check, with only its group. */
export interface InspectionRatingTable {
  regionCode: string;
  id: Auto<string>;
  /** Random, shared by one rating's rows (one per agency): the region counts the rating once. */
  ratingId: string;
  agencyId: string;
  year: number;
  checkKind: RatedCheckKind;
  conduct: number;
  burden: number;
  improper: boolean;
}

export interface EnterpriseComplaintTable {
  regionCode: string;
  id: Auto<string>;
  objectId: string;
  checkKind: RatedCheckKind;
  checkId: string;
  body: string;
  createdAt: CreatedAt;
}

/** One enterprise of a frozen pool: its stratum, or the reasons it was left out (written at the freeze). */
export interface DrawPoolMemberTable {
  regionCode: string;
  drawId: string;
  uscc: string;
  stratum: string;
  excludedFor: string[] | null;
}
