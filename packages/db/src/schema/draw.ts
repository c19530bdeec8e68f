import type { DrawOutcome, DrawStatus, EntropyAnnouncement, EntropySourceKind } from '@liancha/domain';
import type { Auto, CreatedAt, Json, NullableTimestamp } from './columns.js';

export type { DrawOutcome, DrawStatus, EntropySourceKind };

export interface DrawTable {
  id: Auto<string>;
  regionCode: string;
  taskId: string;
  algorithm: Auto<string>;
  status: Auto<DrawStatus>;
  commitment: string | null;
  /** The canonical JSON of the commitment inputs, as hashed: text, since at a million objects jsonb's conversion costs the freeze seconds. */
  commitmentInputs: string | null;
  /** The entropy sources the freeze declared (the inputs' `entropy`), for reveals to check against without reading the pool. */
  declaredEntropy: Json<unknown[]> | null;
  openedBy: string | null;
  openedAt: CreatedAt;
  revealDeadline: NullableTimestamp;
  frozenBy: string | null;
  frozenAt: NullableTimestamp;
  seed: string | null;
  bundle: Json<unknown> | null;
  drawnAt: NullableTimestamp;
}

export interface DrawEntropyTable {
  id: Auto<string>;
  regionCode: string;
  drawId: string;
  sourceKind: EntropySourceKind;
  /** The protocol's source id (e.g. "agency:yjj", "witness", "external"). */
  sourceId: string | null;
  agencyId: string | null;
  label: string;
  digits: number | null;
  description: string | null;
  /** For an external source: the announced public value it takes (protocol §4.1.1), or null. */
  announcement: Json<EntropyAnnouncement> | null;
  commitmentHash: string | null;
  revealedValue: string | null;
  committedBy: string | null;
  committedAt: NullableTimestamp;
  revealedBy: string | null;
  revealedAt: NullableTimestamp;
}

export interface DrawResultTable {
  regionCode: string;
  drawId: string;
  objectId: string;
  uscc: string;
  stratum: string;
  ticket: string;
  rank: number;
  outcome: DrawOutcome;
}

export interface DrawSubstitutionTable {
  id: Auto<string>;
  regionCode: string;
  drawId: string;
  seq: number;
  replacedObjectId: string;
  substituteObjectId: string;
  reasonCode: string;
  note: Auto<string>;
  createdBy: string | null;
  createdAt: CreatedAt;
}
