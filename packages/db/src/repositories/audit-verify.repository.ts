import { listPublishedHeads, type PublishedHead } from './audit-anchor.repository.js';
import { AUDIT_GENESIS, auditHash, chainRows } from './audit.repository.js';
import type { Executor } from './executor.js';

/**
 * What a walk of a region's chain found. Positions count the chain's events from 1; `brokenAt`
 * is the global `seq` of the event concerned.
 * - hash_mismatch: an event's content no longer gives its hash (edited in place);
 * - link_mismatch: an event does not follow its predecessor (one deleted or inserted before it);
 * - position_mismatch: the stored position is not the event's place in the chain;
 * - rewritten: the chain holds together, but the event at an anchored position has another hash
 *   than was published: history up to there was rewritten after `intactThrough` (the last
 *   anchored position that still matches; 0 = none);
 * - truncated: the chain ends before an anchored position: `firstMissing` is the first position
 *   gone, and events up to at least `missingThrough` (the highest anchored position) were removed;
 *   events after `intactThrough` may have been replaced as well.
 */
export type AuditChainReport =
  | { ok: true; count: number; head: string; /** Distinct published heads, all matched. */ anchorsChecked: number }
  | {
      ok: false;
      count: number;
      problem: 'hash_mismatch' | 'link_mismatch' | 'position_mismatch';
      brokenAt: number;
      position: number;
      expected: string;
      actual: string;
    }
  | {
      ok: false;
      count: number;
      problem: 'rewritten';
      brokenAt: number;
      position: number;
      expected: string;
      actual: string;
      anchor: PublishedHead;
      intactThrough: number;
    }
  | {
      ok: false;
      count: number;
      problem: 'truncated';
      firstMissing: number;
      missingThrough: number;
      intactThrough: number;
      expected: string;
      anchor: PublishedHead;
    };

/**
 * Walk a region's chain in order and report the first event whose link, content or position no
 * longer holds, or the first published head (anchor, or head carried by a 公示) the chain no
 * longer reaches or no longer matches. The platform's own chain (no region) has no anchors.
 */
export async function verifyAuditChain(db: Executor, regionCode: string | null, pageSize = 1000): Promise<AuditChainReport> {
  const heads = regionCode === null ? [] : await listPublishedHeads(db, regionCode);
  let next = 0;
  let intactThrough = 0;
  let prev = AUDIT_GENESIS;
  let count = 0;
  let after = 0;

  /** The heads published at `position` must all name `hash`. */
  const againstHeads = (position: number, hash: string, seq: number): AuditChainReport | null => {
    while (next < heads.length && heads[next]!.position === position) {
      const anchor = heads[next++]!;
      if (anchor.hash !== hash)
        return { ok: false, count, problem: 'rewritten', brokenAt: seq, position, expected: anchor.hash, actual: hash, anchor, intactThrough };
      intactThrough = position;
    }
    return null;
  };

  const genesis = againstHeads(0, AUDIT_GENESIS, 0);
  if (genesis) return genesis;
  for (;;) {
    const page = await chainRows(db, regionCode).selectAll().where('seq', '>', after).orderBy('seq').limit(pageSize).execute();
    for (const row of page) {
      count++;
      const at = { brokenAt: row.seq, position: count };
      if (row.prevHash !== prev) return { ok: false, count, ...at, problem: 'link_mismatch', expected: prev, actual: row.prevHash };
      const expected = auditHash(prev, { ...row, before: row.before ?? null, after: row.after ?? null });
      if (expected !== row.hash) return { ok: false, count, ...at, problem: 'hash_mismatch', expected, actual: row.hash };
      if (row.chainSeq !== count) return { ok: false, count, ...at, problem: 'position_mismatch', expected: String(count), actual: String(row.chainSeq) };
      const anchored = againstHeads(count, row.hash, row.seq);
      if (anchored) return anchored;
      prev = row.hash;
      after = row.seq;
    }
    if (page.length < pageSize) break;
  }
  const beyond = heads[next];
  if (beyond) {
    const missingThrough = heads[heads.length - 1]!.position;
    return { ok: false, count, problem: 'truncated', firstMissing: count + 1, missingThrough, intactThrough, expected: beyond.hash, anchor: beyond };
  }
  // A 公示's head is both an anchor row and in its payload: count each head once.
  return { ok: true, count, head: prev, anchorsChecked: new Set(heads.map((h) => `${h.position}:${h.hash}`)).size };
}
