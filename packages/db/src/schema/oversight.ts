import type { EmailState, NoteStatus, NotificationKind, PublicationKind } from '@liancha/domain';
import type { ColumnType } from 'kysely';
import type { Auto, CreatedAt, DateString, Json, NullableTimestamp, Timestamp } from './columns.js';

export type { EmailState, NoteStatus, NotificationKind, PublicationKind };

export interface PublicationTable {
  id: Auto<string>;
  regionCode: string;
  agencyId: string;
  kind: PublicationKind;
  subjectId: string;
  title: string;
  payload: Json<unknown>;
  /** A task notice's proof bundle (the whole pool): read only to download or verify it. */
  bundle: Json<unknown> | null;
  /** The page's digest of the bundle, written when published; null for bundles published before digests. */
  proof: Json<unknown> | null;
  dueOn: DateString | null;
  publishedAt: CreatedAt;
  publishedBy: string | null;
  correctsId: string | null;
  /** The last day the public sees it (a sanction's 公示截止期); null: always. */
  publicUntil: DateString | null;
}

export interface SupervisionNoteTable {
  id: Auto<string>;
  regionCode: string;
  toAgencyId: string;
  subject: string;
  body: string;
  dueOn: DateString | null;
  status: Auto<NoteStatus>;
  createdBy: string;
  createdAt: CreatedAt;
  response: string | null;
  respondedBy: string | null;
  respondedAt: NullableTimestamp;
  /** The hazard of the addressed agency the note is about, if any. */
  hazardId: string | null;
  closedBy: string | null;
  closedAt: NullableTimestamp;
  closeRemark: string | null;
}

export interface AuditEventTable {
  seq: Auto<number>;
  regionCode: string | null;
  actorUserId: string | null;
  action: string;
  subjectKind: string;
  subjectId: string | null;
  before: Json<unknown> | null;
  after: Json<unknown> | null;
  occurredAt: CreatedAt;
  prevHash: string;
  hash: string;
  /** Position in the region's chain (1, 2, 3 …): set by appendAuditEvents, else numbered by a trigger. */
  chainSeq: Auto<number>;
}

/** The platform's own chain (events of no region, e.g. a failed login with an unknown name): the same row shape, `regionCode` always null. */
export type PlatformAuditEventTable = AuditEventTable;

export interface NotificationTable {
  regionCode: string;
  id: Auto<string>;
  userId: string;
  kind: NotificationKind;
  title: string;
  link: ColumnType<string, string | undefined, string>;
  createdAt: CreatedAt;
  readAt: NullableTimestamp;
  /** null: not to be e-mailed (the user has no address). */
  emailState: ColumnType<EmailState | null, EmailState | null | undefined, EmailState | null>;
  emailAttempts: ColumnType<number, number | undefined, number>;
  emailedAt: NullableTimestamp;
}

/** A leadership figure of a large region, kept between refreshes (migration 2026-12-12-24-figure-snapshots). */
export interface FigureSnapshotTable {
  regionCode: string;
  /** Which figure (coverage, checks, timeliness, inspector load). */
  figure: string;
  /** A digest of `params`: the question the payload answers. */
  key: string;
  params: Json<Record<string, unknown>>;
  payload: Json<unknown>;
  computedAt: Timestamp;
  durationMs: number;
}
