import type { EligibleSet } from './eligibility.js';

/** Writes the 8 ticket words of the pair (check, member) into `out`. */
export type PairTicketSource = (check: number, member: number, out: Int32Array) => void;

/**
 * A team ticket's cost for the min-cost flow: its first 40 bits (hi) and next 40 bits (lo),
 * compared lexicographically. 80 random bits make ties between different assignments
 * negligible, while each half and every sum stays an exact double.
 */
function costHi(words: Int32Array, offset: number): number {
  return (words[offset]! >>> 0) * 256 + (words[offset + 1]! >>> 24);
}

function costLo(words: Int32Array, offset: number): number {
  return (words[offset + 1]! & 0xffffff) * 65536 + (words[offset + 2]! >>> 16);
}

/** The cheapest inspectors of one seat group, plus the cost of the best one left out. */
export interface Candidates {
  /** Inspector indices, cheapest first. */
  members: number[];
  hi: number[];
  lo: number[];
  /** Full ticket words, 8 per candidate. */
  words: Int32Array;
  /** Cost of the cheapest member not listed, or null when every member is listed. */
  omitted: [number, number] | null;
}

/**
 * Team tickets of one check against `members` (indices into `certNos`), keeping the `limit`
 * cheapest (ties on the 80-bit cost broken by certificate number). Selection keeps a small
 * sorted buffer of limit + 1 entries; most members are rejected by one number comparison.
 */
export function cheapestCandidates(source: PairTicketSource, check: number, eligible: EligibleSet, certNos: readonly string[], limit: number): Candidates {
  const members = eligible.base;
  const skip = eligible.skip;
  const keep = Math.min(limit, eligible.size);
  const size = Math.min(keep + 1, eligible.size);
  const s = scratchFor(size);
  const { idx, hi, lo, words } = s;
  const ticket = s.ticket;
  let count = 0;
  for (let m = 0; m < members.length; m++) {
    const member = members[m]!;
    if (skip !== null && skip.has(member)) continue;
    source(check, member, ticket);
    const h = costHi(ticket, 0);
    const l = costLo(ticket, 0);
    if (count === size) {
      const last = size - 1;
      if (h > hi[last]! || (h === hi[last]! && (l > lo[last]! || (l === lo[last]! && certNos[member]! > certNos[idx[last]!]!)))) continue;
      count--;
    }
    let at = count;
    while (at > 0) {
      const p = at - 1;
      if (h > hi[p]! || (h === hi[p]! && (l > lo[p]! || (l === lo[p]! && certNos[member]! > certNos[idx[p]!]!)))) break;
      idx[at] = idx[p]!;
      hi[at] = hi[p]!;
      lo[at] = lo[p]!;
      words.copyWithin(at * 8, p * 8, p * 8 + 8);
      at = p;
    }
    idx[at] = member;
    hi[at] = h;
    lo[at] = l;
    words.set(ticket, at * 8);
    count++;
  }
  const out: Candidates = {
    members: new Array<number>(keep),
    hi: new Array<number>(keep),
    lo: new Array<number>(keep),
    words: words.slice(0, keep * 8),
    omitted: null,
  };
  for (let i = 0; i < keep; i++) {
    out.members[i] = idx[i]!;
    out.hi[i] = hi[i]!;
    out.lo[i] = lo[i]!;
  }
  if (count > keep) out.omitted = [hi[keep]!, lo[keep]!];
  return out;
}

/** Reused selection buffers: allocating typed arrays per group dominated small solves. */
let scratch = makeScratch(64);

function scratchFor(size: number): typeof scratch {
  if (size > scratch.idx.length) scratch = makeScratch(Math.max(size, scratch.idx.length * 2));
  return scratch;
}

function makeScratch(n: number) {
  return { idx: new Int32Array(n), hi: new Float64Array(n), lo: new Float64Array(n), words: new Int32Array(n * 8), ticket: new Int32Array(8) };
}
