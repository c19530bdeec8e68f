import type { OpenList } from '../schema/import-job.js';
import type { Executor, RegionScope } from './executor.js';
import { insertInRegion } from './insert-in-region.js';
import { rowsInRegion } from './rows-in-region.js';

export interface VocabularyMappingRow {
  list: OpenList;
  parentCode: string;
  sourceKey: string;
  sourceText: string;
  targetCode: string;
}

/** What one agency's own words have meant in its earlier imports. */
export async function listVocabularyMappings(db: Executor, scope: RegionScope, agencyId: string): Promise<VocabularyMappingRow[]> {
  return rowsInRegion(db, scope, 'vocabularyMapping', { agencyId })
    .select(['list', 'parentCode', 'sourceKey', 'sourceText', 'targetCode'])
    .orderBy('list')
    .orderBy('sourceKey')
    .execute();
}

/** Remember an agency's words; deciding a word again replaces what it meant. */
export async function saveVocabularyMappings(
  db: Executor,
  scope: RegionScope,
  agencyId: string,
  createdBy: string,
  mappings: readonly VocabularyMappingRow[],
): Promise<void> {
  if (mappings.length === 0) return;
  await db
    .insertInto('vocabularyMapping')
    .values(mappings.map((m) => ({ ...m, regionCode: scope.regionCode, agencyId, createdBy })))
    .onConflict((oc) =>
      oc
        .columns(['regionCode', 'agencyId', 'list', 'parentCode', 'sourceKey'])
        .doUpdateSet((eb) => ({
          targetCode: eb.ref('excluded.targetCode'),
          sourceText: eb.ref('excluded.sourceText'),
          createdBy: eb.ref('excluded.createdBy'),
        })),
    )
    .execute();
}

/** A sub-sector the region adds for its own files, under a national main sector. */
export async function insertRegionSubSector(db: Executor, scope: RegionScope, entry: { code: string; name: string; parentCode: string }): Promise<void> {
  await db
    .insertInto('sector')
    .values({ ...entry, regionCode: scope.regionCode, sortOrder: 1000 })
    .execute();
}

/** A 股室 of an agency, added from its inspector file. */
export async function insertUnit(db: Executor, scope: RegionScope, unit: { agencyId: string; code: string; name: string }): Promise<string> {
  return insertInRegion(db, scope, 'unit', { ...unit, kind: 'division' });
}

/** Whether a main sector exists (national or the region's own). */
export async function sectorExists(db: Executor, scope: RegionScope, code: string): Promise<boolean> {
  const row = await db
    .selectFrom('sector')
    .select('code')
    .where('code', '=', code)
    .where((eb) => eb.or([eb('regionCode', 'is', null), eb('regionCode', '=', scope.regionCode)]))
    .executeTakeFirst();
  return row !== undefined;
}
