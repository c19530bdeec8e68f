import { comparisonKey } from './normalise-text.js';
import type { ReferenceIndex, ReferenceLookup } from './reference-index.js';
import type { OpenList, ParsedRow, PendingValue, ReferenceEntry, SectorEntry, VocabularyProposal } from './types.js';

const MAX_SUGGESTIONS = 3;

/** One decision per word of a list (and, for sub-sectors, per main sector): the key both sides use. */
export function proposalKey(list: OpenList, parentCode: string | null, text: string): string {
  return `${list}|${parentCode ?? ''}|${comparisonKey(text)}`;
}

/** The new words of the valid rows, counted row by row as they are checked (the rows need not be kept). */
export class ProposalCollector {
  private readonly byKey = new Map<string, VocabularyProposal>();

  add({ row, pending }: ParsedRow<unknown>): void {
    for (const value of pending ?? []) {
      const key = proposalKey(value.list, value.parentCode, value.text);
      const known = this.byKey.get(key);
      if (known) known.rows += 1;
      else this.byKey.set(key, { list: value.list, parentCode: value.parentCode, text: value.text, rows: 1, firstRow: row, suggestions: [] });
    }
  }

  /** Each new word once, with its row count and similar existing entries. */
  proposals(reference: ReferenceIndex): VocabularyProposal[] {
    for (const proposal of this.byKey.values()) proposal.suggestions = similarEntries(proposal.text, candidatesFor(proposal, reference));
    return [...this.byKey.values()];
  }
}

/** Where a new word could point: a sub-sector among its main sector's children, the rest in their own list. */
function candidatesFor(proposal: VocabularyProposal, reference: ReferenceIndex): ReferenceEntry[] {
  const lookup: ReferenceLookup<ReferenceEntry | SectorEntry> = {
    subSector: reference.sectors,
    objectTag: reference.objectTags,
    expertise: reference.expertise,
    unit: reference.units,
  }[proposal.list];
  if (proposal.list !== 'subSector') return lookup.entries();
  return reference.sectors.entries((s) => s.parentCode === proposal.parentCode);
}

/** Character bigrams: the unit of likeness for short Chinese names (油漆经营 ~ 危险化学品经营 share 经营). */
function bigrams(text: string): string[] {
  const chars = [...comparisonKey(text)];
  if (chars.length < 2) return chars;
  return chars.slice(1).map((c, i) => chars[i]! + c);
}

/**
 * Existing entries most like `text`, best first: Dice's coefficient over character
 * bigrams, then shared characters, then list order. Entries sharing nothing are left out.
 */
export function similarEntries(text: string, entries: readonly ReferenceEntry[]): { code: string; name: string }[] {
  const mine = bigrams(text);
  const myChars = new Set(comparisonKey(text));
  const scored = entries.map((entry, order) => {
    const theirs = bigrams(entry.name);
    const pool = [...theirs];
    let shared = 0;
    for (const gram of mine) {
      const at = pool.indexOf(gram);
      if (at >= 0) {
        shared += 1;
        pool.splice(at, 1);
      }
    }
    const dice = mine.length + theirs.length === 0 ? 0 : (2 * shared) / (mine.length + theirs.length);
    const chars = [...new Set(comparisonKey(entry.name))].filter((c) => myChars.has(c)).length;
    return { entry, dice, chars, order };
  });
  return scored
    .filter((s) => s.dice > 0 || s.chars >= 2)
    .sort((a, b) => b.dice - a.dice || b.chars - a.chars || a.order - b.order)
    .slice(0, MAX_SUGGESTIONS)
    .map(({ entry }) => ({ code: entry.code, name: entry.name }));
}

/**
 * Puts the importer's decisions into the rows: each pending word becomes the code it was mapped
 * to or created as. Rows with a word left undecided are returned apart, unchanged.
 */
export function applyDecisions<T extends object>(
  rows: readonly ParsedRow<T>[],
  codeFor: (value: PendingValue) => string | undefined,
): { ready: ParsedRow<T>[]; undecided: ParsedRow<T>[] } {
  const ready: ParsedRow<T>[] = [];
  const undecided: ParsedRow<T>[] = [];
  for (const row of rows) {
    if (!row.pending) {
      ready.push(row);
      continue;
    }
    const codes = row.pending.map((value) => codeFor(value));
    if (codes.some((code) => code === undefined)) {
      undecided.push(row);
      continue;
    }
    const record = { ...row.record } as Record<string, unknown>;
    row.pending.forEach((value, i) => {
      const code = codes[i]!;
      const current = record[value.field];
      record[value.field] = Array.isArray(current) ? [...new Set([...(current as string[]), code])] : code;
    });
    ready.push({ row: row.row, record: record as unknown as T });
  }
  return { ready, undecided };
}
