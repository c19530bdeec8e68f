import type { DemoSector } from './types.js';

export type SectorCode = 'non_coal_mine' | 'hazardous_chemicals' | 'fireworks' | 'industry_trade';

export const SECTOR_CODES: readonly SectorCode[] = ['non_coal_mine', 'hazardous_chemicals', 'fireworks', 'industry_trade'];

/** The seed: 2020年，全市企业共513家（非煤矿山33家，危险化学品52家，烟花爆竹96家，工贸332家）. */
export const SEED_OBJECT_COUNTS: Readonly<Record<SectorCode, number>> = { non_coal_mine: 33, hazardous_chemicals: 52, fireworks: 96, industry_trade: 332 };

export interface SubSectorSpec {
  code: string;
  name: string;
  parent: SectorCode;
  /** How many of the parent's objects fall here; the counts of one parent add up to the seed's count. */
  count: number;
}

const MAIN_SECTORS: readonly { code: SectorCode; name: string }[] = [
  { code: 'non_coal_mine', name: '非煤矿山' },
  { code: 'hazardous_chemicals', name: '危险化学品' },
  { code: 'fireworks', name: '烟花爆竹' },
  { code: 'industry_trade', name: '工贸' },
];

export const SUB_SECTORS: readonly SubSectorSpec[] = [
  { code: 'non_coal_mine.open_pit', name: '金属非金属露天矿山', parent: 'non_coal_mine', count: 27 },
  { code: 'non_coal_mine.underground', name: '金属非金属地下矿山', parent: 'non_coal_mine', count: 4 },
  { code: 'non_coal_mine.tailings_pond', name: '尾矿库', parent: 'non_coal_mine', count: 2 },
  { code: 'hazardous_chemicals.production', name: '危险化学品生产', parent: 'hazardous_chemicals', count: 7 },
  { code: 'hazardous_chemicals.storage_trading', name: '危险化学品经营（带储存）', parent: 'hazardous_chemicals', count: 6 },
  { code: 'hazardous_chemicals.trading', name: '危险化学品经营（不带储存）', parent: 'hazardous_chemicals', count: 17 },
  { code: 'hazardous_chemicals.gas_station', name: '加油站', parent: 'hazardous_chemicals', count: 22 },
  { code: 'fireworks.wholesale', name: '烟花爆竹批发', parent: 'fireworks', count: 2 },
  { code: 'fireworks.retail', name: '烟花爆竹零售', parent: 'fireworks', count: 94 },
  { code: 'industry_trade.metallurgy', name: '冶金', parent: 'industry_trade', count: 12 },
  { code: 'industry_trade.nonferrous', name: '有色', parent: 'industry_trade', count: 8 },
  { code: 'industry_trade.building_materials', name: '建材', parent: 'industry_trade', count: 60 },
  { code: 'industry_trade.machinery', name: '机械', parent: 'industry_trade', count: 50 },
  { code: 'industry_trade.light_industry', name: '轻工', parent: 'industry_trade', count: 100 },
  { code: 'industry_trade.textile', name: '纺织', parent: 'industry_trade', count: 25 },
  { code: 'industry_trade.tobacco', name: '烟草', parent: 'industry_trade', count: 3 },
  { code: 'industry_trade.commerce', name: '商贸', parent: 'industry_trade', count: 74 },
];

/** Sector rows: the four main sectors (sort 10, 20, …) each followed by its sub-sectors (11, 12, …). */
export function sectorRows(): DemoSector[] {
  const rows: DemoSector[] = [];
  MAIN_SECTORS.forEach((main, i) => {
    const base = (i + 1) * 10;
    rows.push({ code: main.code, name: main.name, parentCode: null, sortOrder: base });
    SUB_SECTORS.filter((sub) => sub.parent === main.code).forEach((sub, j) => {
      rows.push({ code: sub.code, name: sub.name, parentCode: main.code, sortOrder: base + j + 1 });
    });
  });
  return rows;
}
