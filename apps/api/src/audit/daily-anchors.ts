import { anchorDailyHead, listRegions, withTransaction, type AuditAnchor, type Executor } from '@liancha/db';
import { dateInShanghai } from '@liancha/domain';

export interface DailyAnchorOutcome {
  regionCode: string;
  /** The anchor made, or null: anchored today already, head unmoved, empty chain, or failed. */
  anchor: AuditAnchor | null;
  error?: unknown;
}

/**
 * One pass of the daily anchoring (docs/audit-anchoring.md): every region whose chain head moved
 * since its last anchor gets a 'daily' anchor, once per Beijing day. Safe to run as often and from
 * as many API processes as wanted: each region is anchored under its chain's lock and the
 * (region, day) unique key. A region that fails does not stop the others.
 */
export async function anchorRegionsDaily(db: Executor, now: Date): Promise<DailyAnchorOutcome[]> {
  const day = dateInShanghai(now);
  const outcomes: DailyAnchorOutcome[] = [];
  for (const region of await listRegions(db)) {
    try {
      outcomes.push({ regionCode: region.code, anchor: await withTransaction(db, (trx) => anchorDailyHead(trx, region.code, now, day)) });
    } catch (error) {
      outcomes.push({ regionCode: region.code, anchor: null, error });
    }
  }
  return outcomes;
}
