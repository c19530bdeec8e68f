import { utf8 } from '../crypto/bytes.js';
import { blockTemplate, orAscii } from '../crypto/hmac-sha256.js';
import { ticketsToHex } from '../crypto/hex.js';
import type { CommitmentInputs } from './commitment.js';
import { OBJECT_TICKET_PREFIX } from './protocol.js';
import { sampleSize } from './sample-size.js';
import { compareTicketWords, Tickets } from './tickets.js';

export interface DrawnObject {
  /** 1-based position in the stratum's ticket order. */
  rank: number;
  uscc: string;
  ticket: string;
}

/** One stratum's outcome. */
export interface StratumDraw {
  stratum: string;
  /** N_h: eligible objects. */
  eligible: number;
  /** n_h: objects drawn. */
  sampleSize: number;
  /** How far n_h falls short of the stratum's minimum because the stratum is too small. */
  shortfall: number;
  /** The n_h smallest tickets, in ticket order. */
  drawn: DrawnObject[];
  /** The next tickets, in order: the only objects a substitution may bring in. */
  substitutes: DrawnObject[];
}

/**
 * Draw objects: in every stratum, rank all eligible objects by ticket and take the n_h
 * smallest; the following ones are the ordered substitutes. Order-independent and uniform:
 * each object of a stratum is drawn with probability exactly n_h / N_h.
 */
export function drawObjects(inputs: CommitmentInputs, seed: string): StratumDraw[] {
  const tickets = new Tickets(seed);
  const pool = new Map(inputs.pool.strata.map((s) => [s.id, s.objects]));
  // One ticket buffer for all strata: allocating megabytes per stratum makes V8 run full
  // garbage collections over the (large) pool.
  const largest = Math.max(0, ...inputs.pool.strata.map((s) => s.objects.length));
  const buffer = { words: new Int32Array(largest * 8), heads: new Uint32Array(largest) };
  return inputs.matrix.map((entry) => {
    const objects = pool.get(entry.stratum) ?? [];
    const size = objects.length;
    const n = sampleSize(entry.selection, entry.min, entry.max, size);
    const substitutes = Math.min(entry.substitutes, size - n);
    const ranked = smallestTickets(tickets, entry.stratum, objects, n + substitutes, buffer);
    return {
      stratum: entry.stratum,
      eligible: size,
      sampleSize: n,
      shortfall: Math.max(0, entry.min - n),
      drawn: ranked.slice(0, n),
      substitutes: ranked.slice(n),
    };
  });
}

/**
 * The `count` smallest tickets of a stratum, in order. Computes every ticket, then narrows
 * to candidates by the first 32 bits (a typed-array sort) before the exact comparison, so a
 * 60 000-object stratum costs one HMAC per object plus O(N log N) on plain numbers.
 */
function smallestTickets(
  tickets: Tickets,
  stratum: string,
  objects: readonly string[],
  count: number,
  buffer: { words: Int32Array; heads: Uint32Array },
): DrawnObject[] {
  if (count === 0) return [];
  const size = objects.length;
  const { words } = buffer;
  const prefix = utf8(OBJECT_TICKET_PREFIX + stratum + '|');
  // Hot loop: copy a precomputed padded block and OR in the 18 ASCII USCC bytes.
  const template = blockTemplate(prefix, 18);
  const block = new Int32Array(16);
  for (let i = 0; i < size; i++) {
    const uscc = objects[i]!;
    if (template && uscc.length === 18) {
      for (let k = 0; k < 16; k++) block[k] = template[k]!;
      if (orAscii(block, prefix.length, uscc)) {
        tickets.mac.macBlock(block, words, i * 8);
        continue;
      }
    }
    tickets.mac.macInto(prefix, utf8(uscc), words, i * 8);
  }

  const heads = buffer.heads.subarray(0, size);
  for (let i = 0; i < size; i++) heads[i] = words[i * 8]! >>> 0;
  let candidates: number[];
  if (count >= size) {
    candidates = Array.from({ length: size }, (_, i) => i);
  } else {
    const threshold = kthSmallest(heads.slice(), count - 1);
    candidates = [];
    for (let i = 0; i < size; i++) if (heads[i]! <= threshold) candidates.push(i);
  }
  sortByTicket(candidates, heads, words, objects);
  const chosen = candidates.slice(0, count);
  const hex = ticketsToHex(words, chosen);
  return chosen.map((index, i) => ({ rank: i + 1, uscc: objects[index]!, ticket: hex[i]! }));
}

/**
 * Sort object indices by ticket. Packs (first 32 ticket bits, index) into one exact double
 * so a native Float64Array sort does the bulk; runs with equal first words (rare) are then
 * ordered by the full ticket. Equal tickets would need a SHA-256 collision; the final USCC
 * tie-break only makes the order total.
 */
function sortByTicket(indices: number[], heads: Uint32Array, words: Int32Array, objects: readonly string[]): void {
  const full = (a: number, b: number) => compareTicketWords(words, a * 8, b * 8) || (objects[a]! < objects[b]! ? -1 : 1);
  if (heads.length >= INDEX_SPACE) {
    indices.sort(full);
    return;
  }
  const keys = new Float64Array(indices.length);
  for (let i = 0; i < indices.length; i++) keys[i] = heads[indices[i]!]! * INDEX_SPACE + indices[i]!;
  keys.sort();
  for (let i = 0; i < keys.length; i++) indices[i] = keys[i]! % INDEX_SPACE;
  for (let start = 0; start < indices.length;) {
    let end = start + 1;
    while (end < indices.length && heads[indices[end]!] === heads[indices[start]!]) end++;
    if (end - start > 1) {
      const run = indices.slice(start, end).sort(full);
      for (let i = 0; i < run.length; i++) indices[start + i] = run[i]!;
    }
    start = end;
  }
}

/** 2^21: head (32 bits) × 2^21 + index stays below 2^53. */
const INDEX_SPACE = 2 ** 21;

/**
 * The k-th smallest value (0-based) by quickselect, in place. Tickets are uniformly random,
 * so a middle pivot gives expected linear time; the result never depends on the pivot.
 */
function kthSmallest(values: Uint32Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) {
        const t = values[i]!;
        values[i] = values[j]!;
        values[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return values[k]!;
  }
  return values[k]!;
}
