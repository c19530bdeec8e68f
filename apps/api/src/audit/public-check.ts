import { verifyAuditChain, type AuditChainReport, type Executor } from '@liancha/db';

/** What the public learns from a walk of a region's chain: positions and the kind of problem, no event content. */
export interface PublicChainCheck {
  regionCode: string;
  checkedAt: Date;
  ok: boolean;
  /** Events walked: the whole chain when it is intact or cut short, else up to the problem. */
  events: number;
  /** Published heads checked (when ok). */
  anchors: number | null;
  problem: Exclude<AuditChainReport, { ok: true }>['problem'] | null;
  /** The position where the chain no longer holds (edited, unlinked, renumbered or rewritten). */
  position: number | null;
  /** Truncation: the first position the chain no longer has. */
  firstMissing: number | null;
  /** The last anchored position that still matches (truncation or rewriting). */
  intactThrough: number | null;
}

/** A walk costs time in proportion to the chain: the public gets one result per region per ten minutes of the clock. */
export const PUBLIC_CHECK_TTL_MS = 10 * 60_000;

const cache = new WeakMap<Executor, Map<string, { at: number; result: Promise<PublicChainCheck> }>>();

export function publicChainCheck(db: Executor, regionCode: string, now: Date): Promise<PublicChainCheck> {
  let byRegion = cache.get(db);
  if (!byRegion) cache.set(db, (byRegion = new Map()));
  const at = now.getTime();
  const hit = byRegion.get(regionCode);
  if (hit && at >= hit.at && at - hit.at < PUBLIC_CHECK_TTL_MS) return hit.result;
  const entry = { at, result: verifyAuditChain(db, regionCode).then((report) => summarise(regionCode, now, report)) };
  byRegion.set(regionCode, entry);
  // A failed walk is not remembered: the next request tries again.
  entry.result.catch(() => byRegion.get(regionCode) === entry && byRegion.delete(regionCode));
  return entry.result;
}

function summarise(regionCode: string, checkedAt: Date, report: AuditChainReport): PublicChainCheck {
  const base = { regionCode, checkedAt, events: report.count };
  if (report.ok) return { ...base, ok: true, anchors: report.anchorsChecked, problem: null, position: null, firstMissing: null, intactThrough: null };
  if (report.problem === 'truncated') {
    return {
      ...base,
      ok: false,
      anchors: null,
      problem: report.problem,
      position: null,
      firstMissing: report.firstMissing,
      intactThrough: report.intactThrough,
    };
  }
  const intactThrough = report.problem === 'rewritten' ? report.intactThrough : null;
  return { ...base, ok: false, anchors: null, problem: report.problem, position: report.position, firstMissing: null, intactThrough };
}
