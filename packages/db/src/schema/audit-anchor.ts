import type { AnchorReason } from '@liancha/domain';
import type { Auto, DateString, Timestamp } from './columns.js';

export type AuditAnchorReason = AnchorReason;

/** A published head of a region's audit chain (append-only: a trigger refuses UPDATE, DELETE, TRUNCATE). */
export interface AuditAnchorTable {
  id: Auto<number>;
  regionCode: string;
  /** The head's position in the region's chain (its `audit_event.chain_seq`). */
  position: number;
  headHash: string;
  anchoredAt: Timestamp;
  /** The Beijing date of `anchoredAt`: one daily anchor per region and day. */
  anchoredOn: DateString;
  reason: AuditAnchorReason;
  /** The 公示 that carried this head (reason 'publication'). */
  publicationId: string | null;
}
