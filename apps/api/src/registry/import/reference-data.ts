import { loadReference, type Executor, type RegionScope } from '@liancha/db';
import type { ReferenceData } from '@liancha/registry-io';

/** The codes an imported or exported row may name, for one agency of one region. */
export async function referenceDataFor(
  db: Executor,
  scope: RegionScope,
  agencyId: string,
): Promise<ReferenceData & { unitIds: Map<string, string>; unitCodes: Map<string, string> }> {
  const ref = await loadReference(db, scope);
  const units = ref.units.filter((u) => u.agencyId === agencyId);
  return {
    sectors: ref.sectors,
    townships: ref.townships,
    expertise: ref.tags.filter((t) => t.dimension === 'inspector_expertise'),
    objectTags: ref.tags.filter((t) => t.dimension.startsWith('object_')),
    units: units.map((u) => ({ code: u.code, name: u.name })),
    unitIds: new Map(units.map((u) => [u.code, u.id])),
    unitCodes: new Map(units.map((u) => [u.id, u.code])),
  };
}
