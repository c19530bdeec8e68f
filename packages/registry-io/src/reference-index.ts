import { comparisonKey } from './normalise-text.js';
import type { ReferenceData, ReferenceEntry, SectorEntry } from './types.js';

/** Code/name lookups over one list of reference data. */
export class ReferenceLookup<E extends ReferenceEntry = ReferenceEntry> {
  private readonly byKey = new Map<string, E[]>();
  private readonly byCode = new Map<string, E>();

  constructor(entries: readonly E[], extraKeys: (entry: E) => readonly string[] = () => []) {
    for (const entry of entries) {
      this.byCode.set(entry.code, entry);
      const keys = new Set([entry.code, entry.name, ...(entry.aliases ?? []), ...extraKeys(entry)].map(comparisonKey));
      for (const key of keys) {
        if (key === '') continue;
        const list = this.byKey.get(key);
        if (list) list.push(entry);
        else this.byKey.set(key, [entry]);
      }
    }
  }

  /** Cells repeat (a township name thousands of times), so remember what each text found. */
  private readonly memo = new Map<string, readonly E[]>();

  /** Every entry whose code, name or alias matches; several when names collide. */
  find(text: string): readonly E[] {
    let found = this.memo.get(text);
    if (found === undefined) {
      found = this.byKey.get(comparisonKey(text)) ?? [];
      if (this.memo.size < 10_000) this.memo.set(text, found);
    }
    return found;
  }

  /** Names of the entries `keep` accepts (all by default), in list order: the words a message may offer. */
  names(keep: (entry: E) => boolean = () => true): string[] {
    return [...this.byCode.values()].filter(keep).map((entry) => entry.name);
  }

  /** The entries `keep` accepts, in list order. */
  entries(keep: (entry: E) => boolean = () => true): E[] {
    return [...this.byCode.values()].filter(keep);
  }

  byCodeOf(code: string): E | undefined {
    return this.byCode.get(code);
  }

  /** Chinese name for export; an unknown code is written as is so nothing is lost. */
  nameOf(code: string): string {
    return this.byCode.get(code)?.name ?? code;
  }
}

export interface ReferenceIndex {
  sectors: ReferenceLookup<SectorEntry>;
  townships: ReferenceLookup;
  expertise: ReferenceLookup;
  units: ReferenceLookup;
  objectTags: ReferenceLookup;
}

/** '永福镇' may be written '永福'; '菁城街道' as '菁城'. */
const townshipShortName = (entry: ReferenceEntry): string[] => {
  const short = entry.name.replace(/(街道办事处|街道|镇|乡)$/, '');
  return short !== entry.name && short.length >= 2 ? [short] : [];
};

export function indexReference(reference: ReferenceData): ReferenceIndex {
  return {
    sectors: new ReferenceLookup(reference.sectors),
    townships: new ReferenceLookup(reference.townships, townshipShortName),
    expertise: new ReferenceLookup(reference.expertise),
    units: new ReferenceLookup(reference.units),
    objectTags: new ReferenceLookup(reference.objectTags),
  };
}
