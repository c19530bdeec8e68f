export { generateDemoRegion, DEFAULT_DEMO_SEED } from './generate-demo-region.js';
export { loadDemoRegion, isRegionLoaded, type LoadDemoRegionOptions, type LoadDemoRegionResult } from './load-demo-region.js';
export { DEMO_ACCOUNTS, type DemoAccount } from './accounts.js';
export { DEMO_REGION_CODE } from './townships.js';
export { SEED_OBJECT_COUNTS, SECTOR_CODES, type SectorCode } from './sectors.js';
export type * from './types.js';
export { AGENCIES } from './agencies.js';
export { holidaySchedule2027Sample } from './samples.js';
