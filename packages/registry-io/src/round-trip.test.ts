import { describe, expect, it } from 'vitest';
import { parseRegistryFile } from './parse-registry-file.js';
import { INSPECTORS, ITEMS, OBJECTS, REFERENCE, TODAY } from './test-support/reference.js';
import type { FileFormat, RegistryKind, RegistryRecord } from './types.js';
import { writeRegistryFile } from './write-registry-file.js';

const CASES: { [K in RegistryKind]: RegistryRecord<K>[] } = { object: OBJECTS, inspector: INSPECTORS, inspectionItem: ITEMS };

describe('export re-imports to the same records', () => {
  for (const kind of Object.keys(CASES) as RegistryKind[]) {
    for (const format of ['xlsx', 'csv'] as FileFormat[]) {
      it(`${kind} as ${format}`, async () => {
        const records = CASES[kind];
        const bytes = await writeRegistryFile(kind, records, format, { reference: REFERENCE });
        const outcome = await parseRegistryFile(kind, { bytes, filename: `export.${format}` }, { reference: REFERENCE, today: TODAY });
        expect(outcome.issues).toEqual([]);
        expect(outcome.format).toBe(format);
        expect(outcome.encoding).toBe(format === 'csv' ? 'utf-8-bom' : undefined);
        expect(outcome.ignoredColumns).toEqual([]);
        expect(outcome.records.map((r) => r.row)).toEqual(records.map((_, i) => i + 2));
        expect(outcome.records.map((r) => r.record)).toEqual(records);
      });
    }
  }
});
