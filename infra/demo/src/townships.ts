import type { DemoRegionRow, DemoTownship } from './types.js';

export const DEMO_REGION_CODE = '350881';

/** 漳平市 and the two levels above it, so the region tree is complete. */
export const REGIONS: readonly DemoRegionRow[] = [
  { code: '350000', name: '福建省', parentCode: null, level: 'province' },
  { code: '350800', name: '龙岩市', parentCode: '350000', level: 'city' },
  { code: '350881', name: '漳平市', parentCode: '350800', level: 'county' },
];

/**
 * The 16 townships of 漳平市. Codes follow the statistical division pattern:
 * 0xx for 街道 (sub-districts), 1xx for 镇 (towns), 2xx for 乡 (townships).
 */
export const TOWNSHIPS: readonly DemoTownship[] = [
  { code: '350881001', name: '菁城街道' },
  { code: '350881002', name: '桂林街道' },
  { code: '350881100', name: '新桥镇' },
  { code: '350881101', name: '双洋镇' },
  { code: '350881102', name: '永福镇' },
  { code: '350881103', name: '溪南镇' },
  { code: '350881104', name: '和平镇' },
  { code: '350881105', name: '拱桥镇' },
  { code: '350881106', name: '象湖镇' },
  { code: '350881107', name: '赤水镇' },
  { code: '350881108', name: '芦芝镇' },
  { code: '350881109', name: '西园镇' },
  { code: '350881110', name: '南洋镇' },
  { code: '350881200', name: '官田乡' },
  { code: '350881201', name: '吾祠乡' },
  { code: '350881202', name: '灵地乡' },
];

/** The city-centre sub-districts: where shops, offices and most staff are. */
export const URBAN_TOWNSHIP_CODES: ReadonlySet<string> = new Set(['350881001', '350881002']);

/** '永福镇' → '永福', for names like 漳平市永福XX加油站. */
export function townshipShortName(name: string): string {
  return name.replace(/(街道|镇|乡)$/, '');
}
