import { DEMO_ACCOUNTS } from './accounts.js';
import { AGENCIES, UNITS } from './agencies.js';
import { generateConflicts } from './conflicts.js';
import { INSPECTION_ITEMS } from './inspection-items.js';
import { generateInspectors } from './inspectors.js';
import { generateObjects } from './objects.js';
import { createRng } from './rng.js';
import { sectorRows } from './sectors.js';
import { generateSupervisions, withDomainTags } from './supervision.js';
import { TAGS } from './tags.js';
import { DEMO_REGION_CODE, REGIONS, TOWNSHIPS } from './townships.js';
import type { DemoRegion } from './types.js';

/** The committed seed: the same string always yields the same 漳平市. */
export const DEFAULT_DEMO_SEED = 'liancha-demo-350881';

/**
 * 漳平市 (350881) as plain data, deterministic from the seed: the seed plan's 513
 * enterprises, 应急管理局 and three partner agencies with their units, items and
 * inspectors, 回避 records and one account for every role.
 */
export function generateDemoRegion(options: { seed?: string } = {}): DemoRegion {
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const objects = generateObjects(createRng(seed, 'objects'));
  const supervisions = generateSupervisions(createRng(seed, 'supervisions'), objects);
  const inspectors = generateInspectors(createRng(seed, 'inspectors'));
  const conflicts = generateConflicts(createRng(seed, 'conflicts'), inspectors, objects, supervisions);
  return {
    seed,
    regionCode: DEMO_REGION_CODE,
    regions: REGIONS.map((r) => ({ ...r })),
    sectors: sectorRows(),
    townships: TOWNSHIPS.map((t) => ({ ...t })),
    agencies: AGENCIES.map((a) => ({ ...a })),
    units: UNITS.map((u) => ({ ...u })),
    tags: TAGS.map((t) => ({ ...t })),
    inspectionItems: INSPECTION_ITEMS.map((item) => ({
      ...item,
      subItems: [...item.subItems],
      requiredExpertise: [...item.requiredExpertise],
      applicableSectors: [...item.applicableSectors],
    })),
    objects: withDomainTags(objects, supervisions),
    supervisions,
    users: DEMO_ACCOUNTS.map((a) => ({
      username: a.username,
      displayName: a.displayName,
      roles: [...a.roles],
      agencyCode: a.agencyCode,
      unitCode: a.unitCode,
    })),
    inspectors,
    conflicts,
  };
}
