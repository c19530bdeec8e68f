import { USCC_CHARSET, composeUscc } from '@liancha/domain';
import type { ItemCategory, ObjectStatus, RiskClass } from '@liancha/db';
import { MINERALS_OPEN_PIT, MINERALS_UNDERGROUND, NAME_ENDINGS, STREETS, VILLAGES } from './name-parts.js';
import { personName, tradeName, uniqueValue } from './names.js';
import { randomDate, type Rng } from './rng.js';
import { SUB_SECTORS, type SubSectorSpec } from './sectors.js';
import { DEMO_REGION_CODE, TOWNSHIPS, URBAN_TOWNSHIP_CODES, townshipShortName } from './townships.js';
import type { DemoObject, DemoTownship } from './types.js';

type Placement = 'rural' | 'any' | 'urban';
type RiskWeights = readonly [a: number, b: number, c: number, d: number];

interface NameContext {
  rng: Rng;
  township: DemoTownship;
  village: string;
  trade: string;
}

interface ObjectStyle {
  placement: Placement;
  risk: RiskWeights;
  /** High-risk sub-sectors put more C/D units under key supervision. */
  highRisk: boolean;
  industry: 'mining' | 'manufacturing' | 'wholesale_retail' | 'logistics';
  licence: ((rng: Rng, year: number) => string) | null;
  name: (ctx: NameContext) => string;
  /** object_kind tags with their probability; a function when the kind depends on the name. */
  kinds?: (name: string) => readonly (readonly [string, number])[];
}

const digits = (rng: Rng, n: number) => String(rng.int(0, 10 ** n - 1)).padStart(n, '0');
const mineralShort = (mineral: string) => mineral.replace(/^(建筑用|饰面用)/, '');
const endingName = (sub: string, prefixes: readonly [string, number][]) => (ctx: NameContext) =>
  ctx.rng.weighted(
    prefixes.map(([p]) => p),
    prefixes.map(([, w]) => w),
  ) +
  ctx.trade +
  ctx.rng.pick(NAME_ENDINGS[sub]!);
const LOCAL: [string, number][] = [['漳平市', 1]];
const MOSTLY_LOCAL: [string, number][] = [
  ['漳平市', 8],
  ['福建', 1.5],
  ['龙岩', 0.5],
];

const kindsByName =
  (rules: readonly (readonly [RegExp, string, number])[], always: readonly (readonly [string, number])[] = []) =>
  (name: string) => [...rules.filter(([re]) => re.test(name)).map(([, tag, p]) => [tag, p] as const), ...always];

/** How each sub-sector looks: where it sits, how risky, which licence, how it is named. */
const STYLES: Readonly<Record<string, ObjectStyle>> = {
  'non_coal_mine.open_pit': {
    placement: 'rural',
    risk: [5, 35, 45, 15],
    highRisk: true,
    industry: 'mining',
    licence: (rng, year) => `（闽）FM安许证字〔${year}〕${digits(rng, 4)}`,
    name: ({ rng, township, village, trade }) => {
      const mineral = rng.pick(MINERALS_OPEN_PIT);
      return rng.chance(0.6) ? `漳平市${townshipShortName(township.name)}${village}${mineral}矿` : `漳平市${trade}${mineralShort(mineral)}矿业有限公司`;
    },
  },
  'non_coal_mine.underground': {
    placement: 'rural',
    risk: [0, 25, 50, 25],
    highRisk: true,
    industry: 'mining',
    licence: (rng, year) => `（闽）FM安许证字〔${year}〕${digits(rng, 4)}`,
    name: ({ rng, township, village }) => `漳平市${townshipShortName(township.name)}${village}${rng.pick(MINERALS_UNDERGROUND)}`,
    kinds: () => [['confined_space', 0.5]],
  },
  'non_coal_mine.tailings_pond': {
    placement: 'rural',
    risk: [0, 20, 50, 30],
    highRisk: true,
    industry: 'mining',
    licence: (rng, year) => `（闽）FM安许证字〔${year}〕${digits(rng, 4)}`,
    name: ({ village, trade }) => `漳平市${trade}矿业有限公司${village}尾矿库`,
  },
  'hazardous_chemicals.production': {
    placement: 'rural',
    risk: [5, 35, 45, 15],
    highRisk: true,
    industry: 'manufacturing',
    licence: (rng, year) => `（闽）WH安许证字〔${year}〕${digits(rng, 4)}`,
    name: endingName('hazardous_chemicals.production', MOSTLY_LOCAL),
    kinds: () => [
      ['major_hazard_source', 0.45],
      ['confined_space', 0.5],
      ['above_scale', 0.5],
    ],
  },
  'hazardous_chemicals.storage_trading': {
    placement: 'any',
    risk: [5, 40, 45, 10],
    highRisk: true,
    industry: 'wholesale_retail',
    licence: (rng, year) => `闽岩安经（甲）字〔${year}〕${digits(rng, 6)}`,
    name: endingName('hazardous_chemicals.storage_trading', LOCAL),
    kinds: () => [['major_hazard_source', 0.35]],
  },
  'hazardous_chemicals.trading': {
    placement: 'urban',
    risk: [15, 55, 25, 5],
    highRisk: false,
    industry: 'wholesale_retail',
    licence: (rng, year) => `闽岩漳安经（乙）字〔${year}〕${digits(rng, 6)}`,
    name: endingName('hazardous_chemicals.trading', LOCAL),
  },
  'hazardous_chemicals.gas_station': {
    placement: 'any',
    risk: [10, 50, 35, 5],
    highRisk: false,
    industry: 'wholesale_retail',
    licence: (rng, year) => `闽岩安经（甲）字〔${year}〕${digits(rng, 6)}`,
    name: ({ rng, township, trade }) => {
      const town = townshipShortName(township.name);
      return rng.weighted([`漳平市${town}${trade}加油站`, `漳平市${trade}加油站`, `龙岩${trade}石油有限公司漳平${town}加油站`], [5, 3, 2]);
    },
  },
  'fireworks.wholesale': {
    placement: 'rural',
    risk: [0, 40, 50, 10],
    highRisk: true,
    industry: 'wholesale_retail',
    licence: (rng, year) => `（闽）YH批字〔${year}〕${digits(rng, 4)}`,
    name: ({ trade }) => `漳平市${trade}烟花爆竹贸易有限公司`,
    kinds: () => [['major_hazard_source', 0.5]],
  },
  'fireworks.retail': {
    placement: 'any',
    risk: [15, 55, 25, 5],
    highRisk: false,
    industry: 'wholesale_retail',
    licence: (rng, year) => `（闽岩漳）YH零字〔${year}〕${digits(rng, 4)}`,
    name: ({ township, trade }) => `漳平市${townshipShortName(township.name)}${trade}烟花爆竹零售点`,
  },
  'industry_trade.metallurgy': {
    placement: 'rural',
    risk: [5, 35, 45, 15],
    highRisk: true,
    industry: 'manufacturing',
    licence: null,
    name: endingName('industry_trade.metallurgy', MOSTLY_LOCAL),
    kinds: () => [
      ['metal_smelting', 0.7],
      ['dust_explosion', 0.2],
      ['confined_space', 0.4],
      ['above_scale', 0.4],
    ],
  },
  'industry_trade.nonferrous': {
    placement: 'rural',
    risk: [5, 40, 45, 10],
    highRisk: true,
    industry: 'manufacturing',
    licence: null,
    name: endingName('industry_trade.nonferrous', MOSTLY_LOCAL),
    kinds: () => [
      ['metal_smelting', 0.6],
      ['dust_explosion', 0.4],
      ['above_scale', 0.4],
    ],
  },
  'industry_trade.building_materials': {
    placement: 'any',
    risk: [15, 45, 32, 8],
    highRisk: false,
    industry: 'manufacturing',
    licence: null,
    name: endingName('industry_trade.building_materials', MOSTLY_LOCAL),
    kinds: kindsByName(
      [
        [/水泥/, 'confined_space', 0.8],
        [/水泥/, 'above_scale', 0.8],
      ],
      [
        ['confined_space', 0.15],
        ['above_scale', 0.2],
      ],
    ),
  },
  'industry_trade.machinery': {
    placement: 'any',
    risk: [20, 45, 30, 5],
    highRisk: false,
    industry: 'manufacturing',
    licence: null,
    name: endingName('industry_trade.machinery', MOSTLY_LOCAL),
    kinds: () => [
      ['dust_explosion', 0.2],
      ['confined_space', 0.1],
      ['above_scale', 0.3],
    ],
  },
  'industry_trade.light_industry': {
    placement: 'any',
    risk: [15, 45, 32, 8],
    highRisk: false,
    industry: 'manufacturing',
    licence: null,
    name: endingName('industry_trade.light_industry', MOSTLY_LOCAL),
    kinds: kindsByName(
      [
        [/木|竹|家具/, 'dust_explosion', 0.6],
        [/食品|茶/, 'ammonia_refrigeration', 0.3],
        [/食品|茶|纸/, 'confined_space', 0.4],
      ],
      [['above_scale', 0.25]],
    ),
  },
  'industry_trade.textile': {
    placement: 'any',
    risk: [20, 45, 30, 5],
    highRisk: false,
    industry: 'manufacturing',
    licence: null,
    name: endingName('industry_trade.textile', MOSTLY_LOCAL),
    kinds: () => [
      ['dust_explosion', 0.15],
      ['above_scale', 0.3],
    ],
  },
  'industry_trade.tobacco': {
    placement: 'any',
    risk: [20, 50, 25, 5],
    highRisk: false,
    industry: 'manufacturing',
    licence: null,
    name: endingName('industry_trade.tobacco', LOCAL),
    kinds: () => [
      ['dust_explosion', 0.6],
      ['confined_space', 0.3],
      ['above_scale', 0.7],
    ],
  },
  'industry_trade.commerce': {
    placement: 'urban',
    risk: [25, 45, 25, 5],
    highRisk: false,
    industry: 'wholesale_retail',
    licence: null,
    name: endingName('industry_trade.commerce', LOCAL),
    kinds: kindsByName([[/物流|仓储/, 'ammonia_refrigeration', 0.15]]),
  },
};

const RISK_CLASSES: readonly RiskClass[] = ['A', 'B', 'C', 'D'];
const PLACEMENT_WEIGHTS: Readonly<Record<Placement, { urban: number; rural: number }>> = {
  rural: { urban: 0, rural: 1 },
  any: { urban: 3, rural: 1 },
  urban: { urban: 6, rural: 0.5 },
};

/** 主体标识码: 'MA…' for registrations since 2015, an old 组织机构代码 body otherwise. */
function orgBody(rng: Rng): string {
  if (rng.chance(0.65)) {
    let body = 'MA' + rng.pick(['2', '3']);
    for (let i = 0; i < 5; i++) body += rng.pick([...USCC_CHARSET]);
    return body;
  }
  return rng.pick(['1', '5', '6', '7']) + digits(rng, 7);
}

function supervisionCategory(rng: Rng, style: ObjectStyle, risk: RiskClass, kinds: readonly string[]): ItemCategory {
  if (kinds.includes('major_hazard_source')) return 'key';
  const p = style.highRisk ? { A: 0, B: 0.05, C: 0.2, D: 0.65 } : { A: 0, B: 0, C: 0.05, D: 0.4 };
  return rng.chance(p[risk]) ? 'key' : 'general';
}

function status(rng: Rng): ObjectStatus {
  return rng.weighted<ObjectStatus>(['operating', 'suspended', 'closed'], [92, 5, 3]);
}

/** Licence validity as of the demo's present (late 2026): most valid for years, some due soon, a few lapsed. */
function licenceExpiry(rng: Rng, objectStatus: ObjectStatus, validYears: number): string {
  if (objectStatus === 'closed') return randomDate(rng, '2024-06-01', '2026-06-30');
  const bucket = rng.weightedIndex([88, 7, 5]);
  // Valid licences were issued by 2026 at the latest, so they end within validYears of it.
  if (bucket === 0) return randomDate(rng, '2027-01-01', `${2026 + validYears}-11-30`);
  if (bucket === 1) return randomDate(rng, '2026-12-01', '2026-12-31');
  return randomDate(rng, '2025-09-01', '2026-10-31');
}

function address(rng: Rng, township: DemoTownship, village: string): string {
  if (URBAN_TOWNSHIP_CODES.has(township.code)) return `福建省漳平市${township.name}${rng.pick(STREETS)}${rng.int(1, 399)}号`;
  return rng.chance(0.3)
    ? `福建省漳平市${township.name}${village}村工业集中区${rng.int(1, 60)}号`
    : `福建省漳平市${township.name}${village}村${rng.int(1, 180)}号`;
}

function generateOne(rng: Rng, spec: SubSectorSpec, names: Set<string>, usccs: Set<string>, licences: Set<string>): DemoObject {
  const style = STYLES[spec.code];
  if (!style) throw new Error(`no object style for sub-sector ${spec.code}`);
  const weights = PLACEMENT_WEIGHTS[style.placement];
  const township = rng.weighted(
    TOWNSHIPS,
    TOWNSHIPS.map((t) => (URBAN_TOWNSHIP_CODES.has(t.code) ? weights.urban : weights.rural)),
  );
  let village = '';
  const name = uniqueValue(
    names,
    () => {
      village = rng.pick(VILLAGES);
      return style.name({ rng, township, village, trade: tradeName(rng) });
    },
    'object name',
  );
  const uscc = uniqueValue(usccs, () => composeUscc({ authority: '9', entityType: '1', division: DEMO_REGION_CODE, orgBody: orgBody(rng) }), 'USCC');
  const riskClass = rng.weighted(RISK_CLASSES, style.risk);
  const kinds = (style.kinds?.(name) ?? []).filter(([, p]) => rng.chance(p)).map(([tag]) => tag);
  const objectStatus = status(rng);
  let licenceNo: string | null = null;
  let licenceExpiryDate: string | null = null;
  if (style.licence) {
    // Safety licences run three years, retail fireworks licences one.
    const validYears = spec.code === 'fireworks.retail' ? 1 : 3;
    licenceExpiryDate = licenceExpiry(rng, objectStatus, validYears);
    const issued = Number(licenceExpiryDate.slice(0, 4)) - validYears;
    const licence = style.licence;
    licenceNo = uniqueValue(licences, () => licence(rng, issued), 'licence no.');
  }
  const industry = style.industry === 'wholesale_retail' && /物流|仓储/.test(name) ? 'logistics' : style.industry;
  return {
    uscc,
    name,
    legalRepresentative: personName(rng, rng.chance(0.85) ? 'male' : 'female'),
    address: address(rng, township, village),
    townshipCode: township.code,
    sectorCode: spec.parent,
    subSectorCode: spec.code,
    riskClass,
    supervisionCategory: supervisionCategory(rng, style, riskClass, kinds),
    licenceNo,
    licenceExpiry: licenceExpiryDate,
    status: objectStatus,
    tags: [industry, ...new Set(kinds)],
    lastInspectedOn: rng.chance(0.4) ? randomDate(rng, '2024-03-01', '2025-12-20') : null,
  };
}

/** The 检查对象名录库: exactly the seed's count per sector, split over sub-sectors as SUB_SECTORS says. */
export function generateObjects(rng: Rng): DemoObject[] {
  const names = new Set<string>();
  const usccs = new Set<string>();
  const licences = new Set<string>();
  const objects: DemoObject[] = [];
  for (const spec of SUB_SECTORS) {
    for (let i = 0; i < spec.count; i++) objects.push(generateOne(rng, spec, names, usccs, licences));
  }
  return objects;
}
