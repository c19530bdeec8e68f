import { listVocabularyMappings, loadReference, type Executor, type RegionScope, type VocabularyMappingRow } from '@liancha/db';
import type { OpenList, ReferenceData, ReferenceEntry } from '@liancha/registry-io';

/**
 * The codes an imported or exported row may name, for one agency of one region. The agency's
 * remembered words (油漆经营 → 危险化学品经营) are aliases of the entries they were mapped to, so
 * its next file reads them without asking again.
 */
export async function referenceDataFor(
  db: Executor,
  scope: RegionScope,
  agencyId: string,
): Promise<ReferenceData & { unitIds: Map<string, string>; unitCodes: Map<string, string> }> {
  const [ref, mappings] = await Promise.all([loadReference(db, scope), listVocabularyMappings(db, scope, agencyId)]);
  const units = ref.units.filter((u) => u.agencyId === agencyId);
  const aliased = aliasesFrom(mappings);
  return {
    sectors: ref.sectors.map((s) => aliased('subSector', s)),
    townships: ref.townships,
    expertise: ref.tags.filter((t) => t.dimension === 'inspector_expertise').map((t) => aliased('expertise', t)),
    objectTags: ref.tags.filter((t) => t.dimension.startsWith('object_')).map((t) => aliased('objectTag', t)),
    units: units.map((u) => aliased('unit', { code: u.code, name: u.name })),
    unitIds: new Map(units.map((u) => [u.code, u.id])),
    unitCodes: new Map(units.map((u) => [u.id, u.code])),
  };
}

function aliasesFrom(mappings: readonly VocabularyMappingRow[]) {
  const byTarget = new Map<string, string[]>();
  for (const m of mappings) {
    const key = `${m.list}|${m.targetCode}`;
    byTarget.set(key, [...(byTarget.get(key) ?? []), m.sourceText]);
  }
  return <E extends ReferenceEntry>(list: OpenList, entry: E): E => {
    const extra = byTarget.get(`${list}|${entry.code}`);
    return extra ? { ...entry, aliases: [...(entry.aliases ?? []), ...extra] } : entry;
  };
}
